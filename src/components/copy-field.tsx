import { useId, useRef, useState } from "react";
import { useT } from "../i18n/use-t";

/**
 * A read-only snippet with a Copy button. The Clipboard API copies it and a status line says so; where the
 * browser refuses the clipboard, the text is selected instead, so the reader can copy it with the keyboard.
 */
export function CopyField({ label, value, rows = 1 }: { label: string; value: string; rows?: number }) {
  const { t } = useT();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [done, setDone] = useState<{ value: string; copied: boolean } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setDone({ value, copied: true });
    } catch {
      box.current?.focus();
      box.current?.select();
      setDone({ value, copied: false });
    }
  };
  const status = done?.value === value ? (done.copied ? t("copied") : t("copySelected")) : "";
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={box} readOnly rows={rows} value={value} />
      <div className="copy-row">
        <button type="button" onClick={copy} aria-label={t("copyWhat", { what: label })}>{t("copy")}</button>
        <span className="copy-status" role="status" aria-live="polite">{status}</span>
      </div>
    </div>
  );
}
