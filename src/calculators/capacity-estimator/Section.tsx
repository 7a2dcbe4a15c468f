/** One part of the estimate: its inputs as a fieldset, its results (or what to fix) beside or below them. */
import type { ComponentChildren } from 'preact';
import type { Estimate, Step } from '../../lib/capacity/steps';
import { formatQuantity } from '../../lib/capacity/units';
import type { Outcome } from '../kit/calculator';
import { Results, ResultsTable } from '../kit/results';

export function Section({ id, legend, inputs, children }: { id: string; legend: string; inputs: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="calc cap-section" id={id}>
      <fieldset class="calc-inputs cap-group">
        <legend>{legend}</legend>
        {inputs}
      </fieldset>
      {children}
    </div>
  );
}

/** The arithmetic of an estimate, one row per step: what it computes, the numbers, the result. */
export function StepsTable({ caption, steps }: { caption: string; steps: readonly Step[] }) {
  return (
    <ResultsTable
      caption={caption}
      captionHidden
      class="cap-steps"
      rowKey="step"
      head={['Step', 'Arithmetic', 'Result']}
      formulaFirst
      rows={steps.map((step) => ({ id: step.id, label: step.label, formula: step.expression, values: [formatQuantity(step.value, step.unit)] }))}
    />
  );
}

interface EstimateProps<T> {
  label: string;
  outcome: Outcome<Estimate<T>>;
  /** The sentence that sums the estimate up. */
  headline: (value: T) => ComponentChildren;
  caption: string;
  /** Notes after the arithmetic. */
  note?: ComponentChildren;
}

/** An estimate's results: its headline and the arithmetic behind it, or what to fix. */
export function EstimateResults<T>({ label, outcome, headline, caption, note }: EstimateProps<T>) {
  return (
    <Results label={label} outcome={outcome}>
      {({ value, steps }) => (
        <>
          <p class="cap-headline">{headline(value)}</p>
          <StepsTable caption={caption} steps={steps} />
          {note && <p class="calc-hint">{note}</p>}
        </>
      )}
    </Results>
  );
}
