import { MESSAGES as M } from "../messages";

export function LoadingState({ label, progress }: { label: string; progress?: number }) {
  return (
    <div role="status" className="state state-loading">
      <span>{label}</span>
      {progress !== undefined && <progress max={1} value={progress} aria-label={label} />}
    </div>
  );
}

export function ErrorState({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  return (
    <div role="alert" className="state state-error">
      <strong>{title}</strong>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      {onRetry && <button type="button" onClick={onRetry}>{M.retry}</button>}
    </div>
  );
}
