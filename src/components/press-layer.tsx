import { memo, useId } from "react";
import { useT } from "../i18n/use-t";

/**
 * How many figures cited once in the press a chart draws, and a switch to hide them (its table keeps them). Memoised:
 * a checkbox rendered again has its attributes set again, which would make an unchanged chart card change.
 */
export const PressLayer = memo(function PressLayer({ count, shown, onChange }: { count: number; shown: boolean; onChange: (shown: boolean) => void }) {
  const { t } = useT();
  const id = useId();
  if (count === 0) return null;
  return (
    <p className="press-layer">
      <input id={id} type="checkbox" checked={shown} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{t("pressLayer", { n: count })}</label>
    </p>
  );
});
