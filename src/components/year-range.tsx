import { useT } from "../i18n/use-t";
import { FIRST_YEAR, LAST_YEAR } from "../state/url-codec";
import { useViewStore } from "../state/view-store";
import { SelectField } from "./select-field";

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));

/** From and to years; each keeps the other valid. */
export function YearRange() {
  const { t } = useT();
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const set = useViewStore((s) => s.set);
  return (
    <fieldset className="year-range">
      <legend>{t("years")}</legend>
      <SelectField name="from" label={t("from")} value={String(from)} options={YEARS.map((y) => ({ value: y, label: y }))}
        onChange={(v) => set({ from: Number(v), to: Math.max(Number(v), to) })} />
      <SelectField name="to" label={t("to")} value={String(to)} options={YEARS.map((y) => ({ value: y, label: y }))}
        onChange={(v) => set({ to: Number(v), from: Math.min(Number(v), from) })} />
    </fieldset>
  );
}
