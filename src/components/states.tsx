import { useT } from "../i18n/use-t";

export function LoadingState({ label, progress }: { label: string; progress?: number }) {
  return (
    <div role="status" className="state state-loading">
      <span>{label}</span>
      {progress !== undefined && <progress max={1} value={progress} aria-label={label} />}
    </div>
  );
}

/** What failed, in the page's language, and the technical reason as the data layer gives it (in English). */
export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const { t } = useT();
  return (
    <div role="alert" className="state state-error">
      <strong>{title}</strong>
      <p lang="en">{error instanceof Error ? error.message : String(error)}</p>
      {onRetry && <button type="button" onClick={onRetry}>{t("retry")}</button>}
    </div>
  );
}
