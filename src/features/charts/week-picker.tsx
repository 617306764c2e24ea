import { MESSAGES as M } from "../../messages";

/** Previous / next buttons and a select over the chart's weeks: usable by keyboard alone. */
export function WeekPicker({ weeks, value, onChange }: { weeks: string[]; value?: string; onChange: (week: string) => void }) {
  const index = value ? weeks.indexOf(value) : -1;
  return (
    <div className="week-picker">
      <button type="button" disabled={index <= 0} onClick={() => onChange(weeks[index - 1])}>{M.previousWeek}</button>
      <label>
        <span className="visually-hidden">{M.colWeek}</span>
        <select value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
          {!value && <option value="">{M.chooseWeek}</option>}
          {weeks.map((w) => (
            <option key={w} value={w}>{w}</option>
          ))}
        </select>
      </label>
      <button type="button" disabled={index === -1 || index >= weeks.length - 1} onClick={() => onChange(weeks[index + 1])}>{M.nextWeek}</button>
    </div>
  );
}
