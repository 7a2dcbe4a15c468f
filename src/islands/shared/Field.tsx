/**
 * A labelled input whose error, when there is one, sits right below it and is tied to it
 * with aria-describedby / aria-invalid, so screen readers hear it with the field.
 */
import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  /** `decimal` shows a numeric keypad on phones; `text` for lists. */
  inputMode?: 'decimal' | 'numeric' | 'text';
  multiline?: boolean;
  rows?: number;
}

export function Field({ id, label, value, onInput, error, hint, inputMode = 'decimal', multiline, rows = 4 }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`calc-field${error ? ' calc-field--error' : ''}`}>
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} spellcheck={false} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} autoComplete="off" />
      )}
      {hint && (
        <small id={`${id}-hint`} class="calc-hint">
          {hint}
        </small>
      )}
      {error && (
        <p id={`${id}-error`} class="calc-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

export function Select({ id, label, value, options, onChange }: SelectProps) {
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Results region: announced politely when it changes. */
export function Results({ children, label }: { children: ComponentChildren; label: string }) {
  return (
    <div class="calc-results" role="status" aria-live="polite" aria-label={label}>
      {children}
    </div>
  );
}

/** Shown in place of results when an input is invalid: says which one, never a blank box. */
export function InvalidNote({ message }: { message: string }) {
  return <p class="calc-invalid">Fix the highlighted input to see results: {message}</p>;
}
