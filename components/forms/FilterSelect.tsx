// The one select of the GET filter forms: the public 文件库, site search and letter search, and
// the staff console's lists. Its first choice, `all` (全部 unless told otherwise, none with
// null), sends an empty value and so leaves the filter off.

const CONTROL = "mt-1 block rounded border-2 border-ink bg-white px-3 py-2";

export type FilterOption = readonly [value: string | number, label: string];

export function FilterSelect({
  id,
  name = id,
  label,
  value,
  options,
  all = "全部",
  wide = false,
}: {
  id: string;
  name?: string;
  label: string;
  value: string | null | undefined;
  options: readonly FilterOption[];
  all?: string | null;
  wide?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={wide ? `${CONTROL} w-full` : CONTROL}>
        {all === null ? null : <option value="">{all}</option>}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
