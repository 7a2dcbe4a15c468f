/** For unit tests of src/lib: what a library function refuses its input with. */
import { InputError } from './input';

/** Runs fn and returns the InputError it throws (fails the test if it throws nothing, or anything else). */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
