import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "../i18n/use-t";

/** A modal dialog on the native element: focus is trapped and Escape closes it. */
export function Dialog({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose}>
      <header className="dialog-header">
        <h2>{title}</h2>
        <button type="button" onClick={onClose}>{t("close")}</button>
      </header>
      {open && children}
    </dialog>
  );
}
