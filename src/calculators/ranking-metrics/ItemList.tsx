/**
 * The ranked-list editor: a label and a grade per item, with buttons to move, remove and
 * add items. After a move or removal the pressed button may be disabled or gone, so focus
 * moves to the button that now does the same job for that item: keyboard users keep their place.
 */
import { useEffect, useRef } from 'preact/hooks';
import { MAX_RANKED_ITEMS } from '../../lib/metrics/ranking-view';
import type { Calculator } from '../kit/calculator';
import { FieldError } from '../kit/fields';
import { nextLabel, sortedIdeal, type Item } from './items';

const GRADE_OPTIONS = [
  { value: '0', label: '0 – not relevant' },
  { value: '1', label: '1 – somewhat relevant' },
  { value: '2', label: '2 – relevant' },
  { value: '3', label: '3 – highly relevant' },
];

interface Props {
  calc: Calculator;
  items: Item[];
  /** The list's message (a grade the address held, an empty list), claimed by the parent. */
  error: string | undefined;
  onChange: (items: Item[]) => void;
}

export function ItemList({ calc, items, error, onChange }: Props) {
  const pendingFocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = undefined;
  });
  const id = (i: number, what: string) => calc.id(`item-${i}-${what}`);
  const errorId = calc.id('items');
  const update = (next: Item[], focus?: string) => {
    pendingFocus.current = focus;
    onChange(next);
  };
  const edit = (i: number, change: Partial<Item>) => update(items.map((it, j) => (j === i ? { ...it, ...change } : it)));
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const next = [...items];
    [next[i], next[j]] = [next[j]!, next[i]!];
    const sameWay = by === -1 ? j > 0 : j < next.length - 1;
    update(next, id(j, (by === -1) === sameWay ? 'up' : 'down'));
  };
  const remove = (i: number) => {
    const next = items.filter((_, j) => j !== i);
    update(next, next.length === 0 ? calc.id('add') : id(Math.min(i, next.length - 1), 'remove'));
  };
  const described = error ? `${errorId}-error` : undefined;

  return (
    <fieldset class="rk-items" aria-describedby={described}>
      <legend>Ranked list, top first</legend>
      {items.length > 0 && (
        <ol class="rk-list">
          {items.map((it, i) => (
            <li key={i} class="rk-item">
              <span class="rk-pos" aria-hidden="true">
                {i + 1}
              </span>
              <label class="sr-only" for={id(i, 'label')}>
                Label of item {i + 1}
              </label>
              <input
                id={id(i, 'label')}
                class="rk-label"
                type="text"
                autoComplete="off"
                value={it.label}
                onInput={(e) => edit(i, { label: (e.currentTarget as HTMLInputElement).value })}
              />
              <label class="sr-only" for={id(i, 'rel')}>
                Relevance of item {i + 1}
              </label>
              <select
                id={id(i, 'rel')}
                class="rk-rel"
                value={it.rel}
                aria-invalid={error ? true : undefined}
                aria-describedby={described}
                onChange={(e) => edit(i, { rel: (e.currentTarget as HTMLSelectElement).value })}
              >
                {GRADE_OPTIONS.map((g) => (
                  <option key={g.value} value={g.value}>
                    {g.label}
                  </option>
                ))}
              </select>
              <span class="rk-buttons">
                <button type="button" id={id(i, 'up')} aria-label={`Move item ${i + 1} up`} title="Move up" disabled={i === 0} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  id={id(i, 'down')}
                  aria-label={`Move item ${i + 1} down`}
                  title="Move down"
                  disabled={i === items.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button type="button" id={id(i, 'remove')} aria-label={`Remove item ${i + 1}`} title="Remove" onClick={() => remove(i)}>
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <FieldError id={errorId} message={error} dataKey="relevance" />
      <div class="rk-actions">
        <button
          type="button"
          id={calc.id('add')}
          disabled={items.length >= MAX_RANKED_ITEMS}
          onClick={() => update([...items, { label: nextLabel(items), rel: '0' }], id(items.length, 'label'))}
        >
          Add item
        </button>
        <button type="button" onClick={() => update(sortedIdeal(items))} disabled={items.length < 2}>
          Sort into ideal order
        </button>
      </div>
    </fieldset>
  );
}
