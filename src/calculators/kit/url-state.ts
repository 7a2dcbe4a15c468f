/**
 * Calculator state in the page address (`?cap.dau=400000000`), so a configuration can be
 * shared. Each calculator owns a prefix, because several can sit on one page. Values stay
 * strings: the form shows exactly what the reader typed, and parsing (with its messages)
 * happens in one place.
 *
 * The address is input like any other and is bounded: a value longer than its field's
 * maxLength is refused with a notice (never echoed back whole), and a choice outside its
 * options is ignored, so a hand-made address cannot make the page huge or slow.
 */
import { maxLengthOf, type CalculatorSpec, type Values } from './spec';

export interface UrlNotice {
  key: string;
  /** What the address held, described, never the value itself. */
  problem: string;
}

const paramOf = (spec: CalculatorSpec, key: string) => `${spec.prefix}.${spec.fields.find((f) => f.key === key)?.param ?? key}`;

/** The values the address sets for this calculator, and what it refused. */
export function readUrlState(spec: CalculatorSpec, search: string): { values: Values; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const values: Values = {};
  const notices: UrlNotice[] = [];
  for (const field of spec.fields) {
    const value = params.get(paramOf(spec, field.key));
    if (value === null) continue;
    const max = maxLengthOf(field);
    if (value.length > max) {
      notices.push({ key: field.key, problem: `${value.length.toLocaleString('en-US')} characters, more than the ${max.toLocaleString('en-US')} it reads` });
    } else if (field.kind === 'choice' && !field.options.some((o) => o.value === value)) {
      notices.push({ key: field.key, problem: 'a value that is not one of its choices' });
    } else {
      values[field.key] = value;
    }
  }
  return { values, notices };
}

/**
 * The address for these values: a field at its default is left out; one too long to share
 * is left out too (the caller says so next to it).
 */
export function urlFor(spec: CalculatorSpec, href: string, values: Values, defaults: Values): URL {
  const url = new URL(href);
  for (const field of spec.fields) {
    const name = paramOf(spec, field.key);
    const value = values[field.key] ?? field.default;
    if (value === defaults[field.key] || value.length > maxLengthOf(field)) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return url;
}

/** Keys whose current value is too long to keep in the address. */
export function tooLongForUrl(spec: CalculatorSpec, values: Values): string[] {
  return spec.fields.filter((f) => (values[f.key] ?? '').length > maxLengthOf(f)).map((f) => f.key);
}
