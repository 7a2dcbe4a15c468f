/**
 * The results side of a calculator: a region announced politely when it changes, holding
 * either the results or, while any input is invalid, only the note that says which one:
 * never a stale or partial result beside an error.
 */
import type { ComponentChildren } from 'preact';
import type { Outcome } from './calculator';
import './results.css';

export function InvalidNote({ message }: { message: string }) {
  return <p class="calc-invalid">Fix the highlighted input to see results: {message}</p>;
}

export function Results<T>({ label, outcome, children }: { label: string; outcome: Outcome<T>; children: (value: T) => ComponentChildren }) {
  return (
    // Focusable: wide results scroll sideways inside this box, and keyboard users must reach them (WCAG 2.1.1).
    <div class="calc-results" role="status" aria-live="polite" aria-label={label} tabIndex={0}>
      {outcome.error ? <InvalidNote message={outcome.error.message} /> : children(outcome.value)}
    </div>
  );
}

/** Column headings of a results table. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((h) => (
          <th key={h} scope="col">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export interface Row {
  /** Written as `data-metric` / `data-result` / `data-step`, for tests and print. */
  id: string;
  label: ComponentChildren;
  /** Numeric cells (right after the label, or after the formula with `formulaFirst`). */
  values: ComponentChildren[];
  formula?: ComponentChildren;
}

interface TableProps {
  rows: readonly Row[];
  /** Column headings, or none. */
  head?: readonly string[];
  caption: ComponentChildren;
  /** Captions of single-purpose tables are for screen readers only. */
  captionHidden?: boolean;
  rowKey?: 'metric' | 'result' | 'step';
  formulaFirst?: boolean;
  class?: string;
}

/** A results table: one row per quantity, with its value(s) and, where it helps, its formula. */
export function ResultsTable({ rows, head, caption, captionHidden, rowKey = 'metric', formulaFirst, class: extra }: TableProps) {
  return (
    <table class={extra ? `calc-table ${extra}` : 'calc-table'}>
      <caption class={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
      {head && <TableHead columns={head} />}
      <tbody>
        {rows.map((row) => {
          const formula = row.formula === undefined ? null : <td class="calc-formula">{row.formula}</td>;
          return (
            <tr key={row.id} {...{ [`data-${rowKey}`]: row.id }}>
              <th scope="row">{row.label}</th>
              {formulaFirst && formula}
              {row.values.map((v, i) => (
                <td key={i} class="calc-num">
                  {v}
                </td>
              ))}
              {!formulaFirst && formula}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
