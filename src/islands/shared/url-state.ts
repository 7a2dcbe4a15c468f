/**
 * Calculator state kept in the page address (`?cm.tp=40&cm.fp=10`), so a configuration
 * can be shared. Each calculator owns a prefix, because several can sit on one page.
 * Values stay strings: the form shows exactly what the reader typed, and parsing (with
 * its error messages) happens in one place, the calculator.
 */
import { useEffect, useState } from 'preact/hooks';

export type FormState = Record<string, string>;

/** The values the page address sets for this calculator (only the keys it names). */
export function readUrlState<T extends FormState>(prefix: string, defaults: T): Partial<T> {
  if (typeof window === 'undefined') return {};
  const params = new URLSearchParams(window.location.search);
  const out: FormState = {};
  for (const key of Object.keys(defaults)) {
    const value = params.get(`${prefix}.${key}`);
    if (value !== null) out[key] = value;
  }
  return out as Partial<T>;
}

export function writeUrlState(prefix: string, state: FormState, defaults: FormState): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(state)) {
    const name = `${prefix}.${key}`;
    if (value === defaults[key]) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Form state initialised from defaults on the server (so the static HTML and the PDF show
 * the default result) and from the URL once hydrated in the browser.
 */
export function useUrlState<T extends FormState>(prefix: string, defaults: T) {
  const [state, setState] = useState<T>(defaults);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // Merge rather than replace, so nothing the reader already changed is lost.
    const fromUrl = readUrlState(prefix, defaults);
    if (Object.keys(fromUrl).length > 0) setState((current) => ({ ...current, ...fromUrl }));
    setReady(true);
  }, []);
  useEffect(() => {
    if (ready) writeUrlState(prefix, state, defaults);
  }, [state, ready]);
  const set = (key: keyof T, value: string) => setState((s) => ({ ...s, [key]: value }));
  return [state, set, setState] as const;
}
