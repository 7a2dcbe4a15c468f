/**
 * Study-plan progress as kept in localStorage: a list of ticked task ids (see taskId in
 * study-plan.ts). Separate from the plans themselves so the page's small script does not
 * carry them.
 */

export const PROGRESS_STORAGE_KEY = 'msdh.study-plan.progress.v1';
/** Every task ticked in every plan fits well inside this; anything larger is not ours. */
export const MAX_PROGRESS_CHARS = 50_000;

/** Reads stored ticks back, keeping only ids that name a task; bad storage gives a message. */
export function readProgress(raw: string | null, known: ReadonlySet<string>): { ticked: Set<string>; problem?: string } {
  if (raw === null || raw === '') return { ticked: new Set() };
  const discarded = 'Saved study-plan progress could not be restored and was discarded';
  if (raw.length > MAX_PROGRESS_CHARS) return { ticked: new Set(), problem: `${discarded}: it was larger than any plan’s progress can be.` };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ticked: new Set(), problem: `${discarded}: it was not valid JSON.` };
  }
  if (!Array.isArray(data) || !data.every((x) => typeof x === 'string')) {
    return { ticked: new Set(), problem: `${discarded}: it was not a list of tasks.` };
  }
  // Ids of tasks that a later edition of the plan removed are dropped silently.
  return { ticked: new Set(data.filter((id) => known.has(id))) };
}
