/** The publication deadline in the following year, as month and day selects (always a real date). */
export function DeadlinePicker({
  year,
  value,
  onChange,
  id,
}: {
  year: number;
  value: string;
  onChange: (mmdd: string) => void;
  id?: string;
}) {
  const [m = 1, d = 31] = value.split("-").map(Number);
  const daysIn = (month: number) => new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  const set = (month: number, day: number) =>
    onChange(`${String(month).padStart(2, "0")}-${String(Math.min(day, daysIn(month))).padStart(2, "0")}`);
  return (
    <div className="inline-inputs" role="group" aria-label="发布期限">
      <span>{year + 1} 年</span>
      <select
        id={id}
        className="select select--short"
        value={m}
        onChange={(e) => set(Number(e.target.value), d)}
        aria-label="发布期限：月"
      >
        {Array.from({ length: 12 }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <span>月</span>
      <select
        className="select select--short"
        value={d}
        onChange={(e) => set(m, Number(e.target.value))}
        aria-label="发布期限：日"
      >
        {Array.from({ length: daysIn(m) }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <span>日</span>
    </div>
  );
}
