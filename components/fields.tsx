/**
 * Form parts the extension pages repeat: a labelled `<select>` of value–text pairs, a labelled
 * file picker and a table's column headers. Written once, so every select and file input is
 * labelled, typed and reset alike, and every column header is scoped for screen readers.
 */

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  /** The choices as value and shown text, in order. */
  options: ReadonlyArray<readonly [V, string]>;
  onChange: (value: V) => void;
  disabled?: boolean;
}

/** A `<select>` inside its `<label>`. The value given back is one of `options`' values. */
export function SelectField<V extends string>({ label, value, options, onChange, disabled }: SelectFieldProps<V>) {
  return (
    <label>
      {label}{' '}
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value as V)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface FileFieldProps {
  label: string;
  name: string;
  accept: string;
  onFile: (file: File) => void;
}

/**
 * A file `<input>` inside its `<label>`, handing over the file picked. The input is cleared at
 * once, so that picking the same file again (after fixing it) reads it again.
 */
export function FileField({ label, name, accept, onFile }: FileFieldProps) {
  return (
    <label>
      {label}{' '}
      <input
        type="file"
        name={name}
        accept={accept}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

/** A table's `<thead>`: one row of column headers (`scope="col"`), in order. */
export function ColumnHeads({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          // The columns never move, so their place is their identity.
          <th key={i} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
