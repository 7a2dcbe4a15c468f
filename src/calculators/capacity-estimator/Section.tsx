/** One part of the estimate: its inputs as a fieldset, its results (or what to fix) beside or below them. */
import type { ComponentChildren } from 'preact';
import { formatQuantity } from '../../lib/capacity/units';
import type { Step } from '../../lib/capacity/steps';
import { ResultsTable } from '../kit/results';

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
