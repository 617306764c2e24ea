import { useT } from "../../i18n/use-t";
import { formatDate } from "../../lib/format";

/** Previous / next buttons and a select over the chart's weeks: usable by keyboard alone. */
export function WeekPicker({ weeks, value, onChange }: { weeks: string[]; value?: string; onChange: (week: string) => void }) {
  const { t, lang } = useT();
  const index = value ? weeks.indexOf(value) : -1;
  return (
    <div className="week-picker">
      <button type="button" disabled={index <= 0} onClick={() => onChange(weeks[index - 1])}>{t("previousWeek")}</button>
      <label>
        <span className="visually-hidden">{t("colWeek")}</span>
        <select value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
          {!value && <option value="">{t("chooseWeek")}</option>}
          {weeks.map((w) => (
            <option key={w} value={w}>{formatDate(w, lang)}</option>
          ))}
        </select>
      </label>
      <button type="button" disabled={index === -1 || index >= weeks.length - 1} onClick={() => onChange(weeks[index + 1])}>{t("nextWeek")}</button>
    </div>
  );
}
