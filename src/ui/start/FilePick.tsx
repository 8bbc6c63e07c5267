/** A file chooser that looks like a button and stays keyboard-operable (the real input keeps focus). */
import { useRef, type ReactNode } from "react";

export function FilePick({
  accept,
  onFile,
  children,
  label,
  primary = false,
}: {
  accept: string;
  onFile: (file: File) => void;
  children: ReactNode;
  label: string;
  primary?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <label className={`button file-pick${primary ? " button--primary" : ""}`}>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          if (input.current) input.current.value = "";
        }}
      />
      {children}
    </label>
  );
}
