/**
 * Raised for input a metric cannot be computed from. The message says what is wrong and
 * how to fix it, in words a reader can act on; the calculators show it next to the field.
 */
export class MetricInputError extends Error {
  /** Which input the problem is in (e.g. "labels", "k"), so a form can place the message. */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.name = 'MetricInputError';
    this.field = field;
  }
}
