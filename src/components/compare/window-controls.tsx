import { useId } from "react";
import { useT } from "../../i18n/use-t";
import { WINDOW_LIMITS, type WindowSizes, type WindowUnit } from "../../lib/compare-windows";
import { useViewStore } from "../../state/view-store";

/** How many years or weeks each window holds; the choice lives in the URL, shared by every chart of the view. */
export function WindowControls({ unit, sizes }: { unit: WindowUnit; sizes: WindowSizes }) {
  const { t } = useT();
  const set = useViewStore((s) => s.set);
  const id = useId();
  const { min, max } = WINDOW_LIMITS[unit];
  const options = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const field = (side: "before" | "after") => (
    <div className="field" key={side}>
      <label htmlFor={`${id}-${side}`}>{t(side === "before" ? "compare.windowBefore" : "compare.windowAfter", { unit })}</label>
      <select id={`${id}-${side}`} value={sizes[side]} onChange={(e) => set({ [side]: Number(e.target.value) })}>
        {options.map((n) => <option key={n} value={n}>{t("compare.size", { unit, n })}</option>)}
      </select>
    </div>
  );
  return <div className="compare-controls filters">{field("before")}{field("after")}</div>;
}
