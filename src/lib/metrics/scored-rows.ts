/**
 * Pasted or uploaded `label,score` rows → labels and scores, with messages that name the
 * line a problem is on. Accepts a comma, semicolon, tab or spaces between the two values,
 * quoted CSV fields, blank lines, `#` comment lines and one header line at the top
 * (a first row of two fields, neither a number, such as `label,score`).
 */
import { InputError, shorten } from '../input';
import { readNumber } from '../number-text';
import type { ScoredSample } from './synthetic';

/** Most rows a calculator accepts: beyond this the page (and its address) get slow. */
export const MAX_ROWS = 20_000;

const SEPARATOR = /\s*[,;\t]\s*|\s+/;

/** The value of plain decimal text, else NaN (so "0x1" is not a label of 1, and "" is not 0). */
function toNumber(text: string): number {
  const reading = readNumber(text, { grouping: false });
  return reading.ok ? reading.value : Number.NaN;
}

function unquote(field: string): string {
  return field.replace(/^"(.*)"$/, '$1').trim();
}

export function parseScoredRows(text: string, field = 'rows'): ScoredSample {
  const labels: number[] = [];
  const scores: number[] = [];
  let seenContent = false;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const where = `line ${i + 1}`;
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.split(SEPARATOR).map(unquote);
    const first = !seenContent;
    seenContent = true;
    if (first && parts.length === 2 && parts.every((p) => !Number.isFinite(toNumber(p)))) continue; // header row
    if (parts.length !== 2) {
      throw new InputError(`${where}: '${shorten(line)}' is not label,score (write a 0 or 1, a comma and a score, e.g. 1,0.83).`, field);
    }
    const [labelText, scoreText] = parts as [string, string];
    const label = toNumber(labelText);
    if (label !== 0 && label !== 1) {
      throw new InputError(`${where}: label '${shorten(labelText)}' must be 0 (negative) or 1 (positive).`, field);
    }
    const score = toNumber(scoreText);
    if (!Number.isFinite(score)) {
      throw new InputError(`${where}: score '${shorten(scoreText)}' is not a number.`, field);
    }
    labels.push(label);
    scores.push(score);
    if (labels.length > MAX_ROWS) {
      throw new InputError(`More than ${MAX_ROWS.toLocaleString('en-US')} rows: use a sample of at most that many.`, field);
    }
  }
  if (labels.length === 0) {
    throw new InputError('No rows yet: paste label,score rows, one per line (e.g. 1,0.83), or load a file.', field);
  }
  const positives = labels.reduce((s, y) => s + y, 0);
  if (positives === 0 || positives === labels.length) {
    const rows = labels.length === 1 ? 'The only row has' : `All ${labels.length.toLocaleString('en-US')} rows have`;
    throw new InputError(
      `${rows} label ${positives === 0 ? 0 : 1}: ROC and precision–recall curves need at least one 0 and one 1.`,
      field,
    );
  }
  return { labels, scores };
}

/** The inverse: one `label,score` line per item. */
export function formatScoredRows(sample: ScoredSample): string {
  return sample.labels.map((y, i) => `${y},${sample.scores[i]}`).join('\n');
}
