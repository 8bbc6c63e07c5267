/** A labelled form field with an optional hint, used by the start form and 基本信息. */
import { useId, type ReactNode } from "react";

export function Field({
  label,
  hint,
  required = false,
  children,
  wide = false,
}: {
  label: string;
  hint?: string;
  required?: boolean;
  wide?: boolean;
  children: (props: { id: string; "aria-describedby"?: string; required?: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`field${wide ? " field--wide" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required && <span className="field__required"> *</span>}
      </label>
      {children({ id, ...(hint ? { "aria-describedby": hintId } : {}), ...(required ? { required: true } : {}) })}
      {hint && (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      )}
    </div>
  );
}
