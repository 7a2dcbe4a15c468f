/**
 * A labelled input whose error, when there is one, sits right below it and is tied to it
 * with aria-describedby / aria-invalid, so screen readers hear it with the field.
 *
 * While hydrating, the inputs are rendered without a value, so Preact leaves alone whatever
 * a reader typed into the server-rendered form before its JavaScript arrived; the
 * calculator then adopts those values (see useCalculator).
 */
import type { ComponentChildren } from 'preact';
import './fields.css';

interface Common {
  id: string;
  /** The field's key, so typed-before-hydration values can be matched to it. */
  dataKey?: string;
  label: ComponentChildren;
  hydrating?: boolean;
}

export interface InputProps extends Common {
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: ComponentChildren;
  /** `decimal` and `numeric` show a keypad on phones; `text` for lists and names. */
  inputMode?: 'decimal' | 'numeric' | 'text';
  multiline?: boolean;
  rows?: number;
  class?: string;
  labelClass?: string;
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function FieldError({ id, message, dataKey, class: extra }: { id: string; message: string | undefined; dataKey?: string | undefined; class?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} class={extra ? `calc-error ${extra}` : 'calc-error'} data-error-for={dataKey}>
      {message}
    </p>
  );
}

export function Field({
  id,
  dataKey,
  label,
  value,
  onInput,
  error,
  hint,
  inputMode = 'decimal',
  multiline,
  rows = 4,
  hydrating,
  class: extra,
  labelClass,
}: InputProps) {
  const common = {
    id,
    'data-key': dataKey,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`calc-field${error ? ' calc-field--error' : ''}${extra ? ` ${extra}` : ''}`}>
      <label for={id} class={labelClass}>
        {label}
      </label>
      {multiline ? (
        hydrating ? (
          <textarea {...common} rows={rows} spellcheck={false}>
            {value}
          </textarea>
        ) : (
          <textarea {...common} rows={rows} spellcheck={false} value={value} />
        )
      ) : (
        <input {...common} type="text" inputMode={inputMode} autoComplete="off" value={hydrating ? undefined : value} />
      )}
      {hint && (
        <small id={`${id}-hint`} class="calc-hint">
          {hint}
        </small>
      )}
      <FieldError id={id} message={error} dataKey={dataKey} />
    </div>
  );
}

export interface SelectProps extends Common {
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
  class?: string;
  labelClass?: string;
}

export function Select({ id, dataKey, label, value, options, onChange, error, hydrating, class: extra, labelClass }: SelectProps) {
  return (
    <div class={`calc-field${error ? ' calc-field--error' : ''}${extra ? ` ${extra}` : ''}`}>
      <label for={id} class={labelClass}>
        {label}
      </label>
      <select
        id={id}
        data-key={dataKey}
        value={hydrating ? undefined : value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} message={error} dataKey={dataKey} />
    </div>
  );
}
