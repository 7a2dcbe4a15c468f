/** The latency stages as the capacity estimator keeps them: one JSON string of [name, ms] pairs. */
export type StageRow = [name: string, ms: string];

/** The rows from their stored form; text that does not parse (a hand-edited address) falls back to `fallback`. */
export function readStages(text: string, fallback: string): StageRow[] {
  for (const candidate of [text, fallback]) {
    try {
      const rows: unknown = JSON.parse(candidate);
      if (Array.isArray(rows) && rows.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'string' && typeof r[1] === 'string')) {
        return rows as StageRow[];
      }
    } catch {
      // try the next candidate
    }
  }
  return [];
}

export const writeStages = (rows: readonly StageRow[]): string => JSON.stringify(rows);
