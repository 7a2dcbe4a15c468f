/**
 * useCalculator: the state, address, ids and error placement every calculator shares.
 *
 * - State starts at the defaults (or the embed's preset), so the server-rendered HTML, print
 *   and PDF show a real result; once hydrated it merges what the address sets (bounded, see
 *   url-state.ts) and then whatever the reader typed before the JavaScript arrived.
 * - Every id is `${uid}-${key}`, with `uid` unique per instance on the page (from the embed).
 * - `run` computes a result with src/lib and records the InputError it raises; each field
 *   helper shows the error whose `field` is its key, and `unplaced()` shows the rest.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { InputError } from '../../lib/input';
import { parseDecimal } from '../../lib/number-text';
import { Field, Select, type InputProps } from './fields';
import { defaultsOf, fieldOf, type CalculatorSpec, type ChoiceField, type NumberField, type Preset, type Values } from './spec';
import { readUrlState, tooLongForUrl, urlFor, type UrlNotice } from './url-state';
import './calculator.css';

export interface CalculatorProps {
  /** Prefix of every id this instance renders, unique on its page (the embed numbers copies). */
  uid?: string;
  /** The preset to open on (the one for the page the calculator sits in), resolved by the embed. */
  preset?: Preset;
  /** Id of the embed's title, which a copied link scrolls to. */
  anchor?: string;
}

export type Outcome<T> = { value: T; error?: undefined } | { value?: undefined; error: InputError };

/** Runs a computation; an InputError becomes its outcome, anything else is a bug and is rethrown. */
export function attempt<T>(compute: () => T): Outcome<T> {
  try {
    return { value: compute() };
  } catch (e) {
    if (e instanceof InputError) return { error: e };
    throw e;
  }
}

const slug = (key: string) =>
  key
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/** Values typed into the server-rendered inputs before hydration: whatever differs from what was rendered. */
function typedBeforeHydration(root: HTMLElement | null, rendered: Values): Values {
  const typed: Values = {};
  root?.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[data-key]').forEach((el) => {
    const key = el.dataset.key!;
    if (key in rendered && el.value !== rendered[key]) typed[key] = el.value;
  });
  return typed;
}

interface FieldOptions extends Partial<Omit<InputProps, 'id' | 'value' | 'onInput'>> {
  onInput?: (value: string) => void;
}

export function useCalculator(spec: CalculatorSpec, props: CalculatorProps) {
  const defaults = useMemo(() => defaultsOf(spec, props.preset), [spec, props.preset]);
  const [state, setState] = useState<Values>(defaults);
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const [resets, setResets] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const uid = props.uid ?? spec.prefix;

  useEffect(() => {
    const fromUrl = readUrlState(spec, window.location.search);
    const typed = typedBeforeHydration(root.current, defaults);
    setState((current) => ({ ...current, ...fromUrl.values, ...typed }));
    setNotices(fromUrl.notices);
    setReady(true);
  }, []);
  useEffect(() => {
    if (ready) window.history.replaceState(window.history.state, '', urlFor(spec, window.location.href, state, defaults));
  }, [state, ready]);

  const errors: InputError[] = [];
  const claimed = new Set<string>();
  const hydrating = !ready && typeof window !== 'undefined';

  const calc = {
    spec,
    state,
    defaults,
    ready,
    hydrating,
    notices,
    /** Bumped by Reset, for views that keep state of their own. */
    resets,
    root,
    anchor: props.anchor,
    id: (key: string) => `${uid}-${slug(key)}`,
    set: (key: string, value: string) => setState((s) => ({ ...s, [key]: value })),
    update: (change: (s: Values) => Values) => setState(change),
    reset: () => {
      setState(defaults);
      setNotices([]);
      setResets((n) => n + 1);
    },
    /** Keys whose value is too long for the address (a copied link will not carry them). */
    offUrl: tooLongForUrl(spec, state),
    /** The field's text as a number, or an InputError for it. */
    num: (key: string): number => {
      const field = fieldOf(spec, key) as NumberField;
      return parseDecimal(state[key] ?? '', key, field.name, field.range);
    },
    /** Computes with src/lib (see attempt), and places the error, if any, next to its field. */
    run<T>(compute: () => T): Outcome<T> {
      return calc.record(attempt(compute));
    },
    /** Places the error of an outcome computed elsewhere (e.g. memoised with `attempt`). */
    record<T>(outcome: Outcome<T>): Outcome<T> {
      if (outcome.error) errors.push(outcome.error);
      return outcome;
    },
    /** The message for this key, if a computation failed on it; the key counts as shown. */
    errorFor: (key: string): string | undefined => {
      claimed.add(key);
      return errors.find((e) => e.field === key)?.message;
    },
    /** The labelled input of a number, text or state field, with its hint and its error. */
    field: (key: string, options: FieldOptions = {}) => {
      const f = fieldOf(spec, key);
      const shape: FieldOptions =
        f.kind === 'text'
          ? { inputMode: 'text', multiline: true, ...(f.rows ? { rows: f.rows } : {}) }
          : { inputMode: f.kind === 'number' && f.whole ? 'numeric' : 'decimal' };
      const hint = 'hint' in f ? f.hint : undefined;
      return (
        <Field
          id={calc.id(key)}
          dataKey={key}
          label={'label' in f ? f.label : f.name}
          value={state[key] ?? ''}
          onInput={(v) => calc.set(key, v)}
          error={calc.errorFor(key)}
          hydrating={hydrating}
          {...(hint ? { hint } : {})}
          {...shape}
          {...options}
        />
      );
    },
    choice: (key: string, options: { onChange?: (value: string) => void; label?: ComponentChildren; class?: string } = {}) => {
      const field = fieldOf(spec, key) as ChoiceField;
      return (
        <Select
          id={calc.id(key)}
          dataKey={key}
          label={options.label ?? field.label}
          value={state[key] ?? field.default}
          options={field.options}
          onChange={options.onChange ?? ((v) => calc.set(key, v))}
          error={calc.errorFor(key)}
          hydrating={hydrating}
          {...(options.class ? { class: options.class } : {})}
        />
      );
    },
    /**
     * Errors no field claimed (no single input to blame, or an input not on screen): all of
     * them, or only those of the given outcomes (for a calculator in several sections).
     */
    unplaced: (...only: Outcome<unknown>[]) => {
      const pool = only.length ? only.flatMap((o) => (o.error ? [o.error] : [])) : errors;
      const rest = pool.filter((e) => e.field === undefined || !claimed.has(e.field));
      return rest.map((e) => (
        <p class="calc-error" key={e.message}>
          {e.message}
        </p>
      ));
    },
  };
  return calc;
}

export type Calculator = ReturnType<typeof useCalculator>;

/**
 * The calculator's outermost element: the one the typed-before-hydration values are read
 * from, marked `data-ready` once the address and those values have been merged in.
 */
export function CalculatorRoot({ calc, class: extra, children }: { calc: Calculator; class?: string; children: ComponentChildren }) {
  return (
    <div ref={calc.root} class={extra ? `calc-root ${extra}` : 'calc-root'} data-ready={calc.ready ? '' : undefined}>
      {children}
    </div>
  );
}
