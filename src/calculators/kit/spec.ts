/**
 * What a calculator is, as data: its fields (key, label, range, default), its address
 * prefix and presets. Pure TypeScript with no Preact, so the registry, the embed, the Tools
 * page and the browser tests all read the same definitions.
 */
import type { Range } from '../../lib/input';

interface FieldBase {
  /** Stable key: the state key, and the `field` of the library's InputError for this input. */
  key: string;
  /** Name in the page address after the prefix (`?cap.dau=…`); default: the key. */
  param?: string;
  label: string;
  default: string;
  hint?: string;
  /** Longest value read from (and written to) the page address; longer ones are refused. */
  maxLength?: number;
  /**
   * Shown only while these choice fields hold one of these values (e.g. `{ mode: ['scenario'] }`).
   * The browser tests use it to reach the field; the view decides what to render.
   */
  when?: Readonly<Record<string, readonly string[]>>;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  /** How messages refer to it ("Daily active users", "true CTR"). */
  name: string;
  /** The documented sensible range; the library refuses values outside it, naming it. */
  range: Range;
  /** The key of the input whose value really bounds this one (conversions by users), when there is one. */
  boundBy?: string;
  /** Whole numbers only: a numeric keypad on phones. */
  whole?: boolean;
}

export interface TextField extends FieldBase {
  kind: 'text';
  name: string;
  rows?: number;
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly { value: string; label: string }[];
}

/** State kept in the address that no single input edits (a list editor's items, a chart's pick). */
export interface StateField extends Omit<FieldBase, 'label' | 'hint'> {
  kind: 'state';
  name: string;
}

export type Field = NumberField | TextField | ChoiceField | StateField;

/** A choice field from [value, label] pairs; the first is the default. */
export function choice(key: string, label: string, options: readonly (readonly [value: string, label: string])[], param?: string): ChoiceField {
  return {
    kind: 'choice',
    key,
    label,
    default: options[0]![0],
    options: options.map(([value, text]) => ({ value, label: text })),
    ...(param ? { param } : {}),
  };
}

export type Values = Record<string, string>;

export interface Preset {
  id: string;
  label: string;
  /** Where its numbers come from, in one or two sentences. */
  source: string;
  values: Values;
}

/**
 * A calculator's presets: their names are bundled, their values load when first needed
 * (the embed passes the one its page opens on), so readers pay for them only on use.
 */
export interface Presets {
  list: readonly { id: string; label: string }[];
  load: () => Promise<readonly Preset[]>;
}

export interface CalculatorSpec {
  title: string;
  /** What it does, in one or two sentences: shown above it, and alone when JavaScript is off. */
  description: string;
  /** Prefix of its parameters in the page address; unique across calculators. */
  prefix: string;
  fields: readonly Field[];
  /** Named sets of values; the first is the default, and an embed can open on another. */
  presets?: Presets;
}

/** Values read from the address are cut off here unless a field says otherwise: no number needs more. */
export const DEFAULT_MAX_LENGTH = 40;

export const maxLengthOf = (field: Field): number => field.maxLength ?? DEFAULT_MAX_LENGTH;

/** The starting values: every field's default, overlaid by the preset's values. */
export function defaultsOf(spec: CalculatorSpec, preset?: Preset): Values {
  const values: Values = {};
  for (const f of spec.fields) values[f.key] = f.default;
  return { ...values, ...preset?.values };
}

/** The preset an embed opens on: the named one, else the first; an unknown name is an error naming the choices. */
export async function presetOf(spec: CalculatorSpec, id?: string): Promise<Preset | undefined> {
  if (!spec.presets) {
    if (id !== undefined) throw new Error(`${spec.title} has no presets (asked for “${id}”).`);
    return undefined;
  }
  const all = await spec.presets.load();
  const preset = id === undefined ? all[0] : all.find((p) => p.id === id);
  if (!preset) throw new Error(`No preset “${id}” for ${spec.title}: choose one of ${all.map((p) => p.id).join(', ')}.`);
  return preset;
}

export function fieldOf(spec: CalculatorSpec, key: string): Field {
  const field = spec.fields.find((f) => f.key === key);
  if (!field) throw new Error(`${spec.title} has no field “${key}”.`);
  return field;
}
