'use client';

/**
 * A <select> over one of the product's closed vocabularies, each option labelled in the
 * reader's language. `emptyLabel` adds a first option for "none" / "all" (value '').
 */
export function EnumSelect<T extends string>({
  name,
  values,
  value,
  onChange,
  labelOf,
  emptyLabel,
  className = 'input',
}: {
  name: string;
  values: readonly T[];
  value: T | '';
  onChange: (value: T | '') => void;
  labelOf: (value: T) => string;
  emptyLabel?: string;
  className?: string;
}) {
  return (
    <select name={name} value={value} onChange={(e) => onChange(e.target.value as T | '')} className={className}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {values.map((v) => (
        <option key={v} value={v}>
          {labelOf(v)}
        </option>
      ))}
    </select>
  );
}
