/**
 * The ranked list as the ranking calculator keeps it in its state and address: grades and
 * labels as two comma-separated strings (a comma inside a label is written %2C, and the
 * escape character itself %25).
 */
import { idealOrder } from '../../lib/metrics/ranking';
import { GRADES, MAX_RANKED_ITEMS } from '../../lib/metrics/ranking-view';

export interface Item {
  label: string;
  rel: string;
}

const encodeLabel = (label: string) => label.replace(/%/g, '%25').replace(/,/g, '%2C');
const decodeLabel = (label: string) => label.replace(/%(25|2C)/gi, (m) => (m === '%25' ? '%' : ','));

export function readItems(rels: string, labels: string): Item[] {
  const grades = rels.trim() === '' ? [] : rels.split(',', MAX_RANKED_ITEMS + 1).map((r) => r.trim());
  const names = labels.split(',', MAX_RANKED_ITEMS + 1).map(decodeLabel);
  return grades.map((rel, i) => ({ rel, label: names[i] ?? `Item ${i + 1}` }));
}

export function writeItems(items: readonly Item[]): { rels: string; labels: string } {
  return { rels: items.map((it) => it.rel).join(','), labels: items.map((it) => encodeLabel(it.label)).join(',') };
}

/** The first unused "Doc A" … "Doc Z", then "Item n". */
export function nextLabel(items: readonly Item[]): string {
  const used = new Set(items.map((it) => it.label));
  for (let c = 65; c <= 90; c++) {
    const label = `Doc ${String.fromCharCode(c)}`;
    if (!used.has(label)) return label;
  }
  return `Item ${items.length + 1}`;
}

/** The items in ideal order (highest grade first, ties kept); a grade that is not one of the choices counts as 0. */
export function sortedIdeal(items: readonly Item[]): Item[] {
  const grades = items.map((it) => (GRADES.some((g) => String(g) === it.rel) ? Number(it.rel) : 0));
  return idealOrder(grades).map((i) => items[i]!);
}
