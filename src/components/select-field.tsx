type Option = { value: string; label: string };

/** A labelled native select: keyboard and screen-reader friendly as it comes. */
export function SelectField({ label, value, options, onChange, name }: { label: string; value: string; options: Option[]; onChange: (value: string) => void; name: string }) {
  const id = `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
