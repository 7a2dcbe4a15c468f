/**
 * What only the paste-or-load mode needs (the rows field, the file reader and the row
 * parser), loaded when a reader switches to that mode, so readers of the synthetic sample
 * do not download it.
 */
export { parseScoredRows } from '../../lib/metrics/scored-rows';
export { RowsInput } from './RowsInput';
