/** The latency budget: editable stages, whether they fit, and each stage's share, with a stacked bar. */
import { useEffect, useRef } from 'preact/hooks';
import { stageKey, type LatencyResult } from '../../lib/capacity/latency';
import type { Estimate } from '../../lib/capacity/steps';
import { formatQuantity } from '../../lib/capacity/units';
import { fixedPct } from '../../lib/format';
import type { Calculator, Outcome } from '../kit/calculator';
import { StackedBar } from '../kit/bar';
import { describedBy, FieldError } from '../kit/fields';
import { Results, ResultsTable } from '../kit/results';
import { Section, StepsTable } from './Section';
import type { StageRow } from './stages';

interface Props {
  c: Calculator;
  outcome: Outcome<Estimate<LatencyResult>>;
  rows: StageRow[];
  setRows: (rows: StageRow[]) => void;
}

function Stages({ c, outcome, rows, setRows }: Props) {
  // Move focus sensibly after adding or removing a stage row.
  const box = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current && box.current) {
      box.current.querySelector<HTMLElement>(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });
  const edit = (i: number, column: 0 | 1, value: string) => setRows(rows.map((r, j) => (j === i ? (column === 0 ? [value, r[1]] : [r[0], value]) : r)));
  const remove = (i: number) => {
    const next = rows.filter((_, j) => j !== i);
    focusNext.current = next.length === 0 ? '[data-add-stage]' : `[data-remove="${Math.min(i, next.length - 1)}"]`;
    setRows(next);
  };
  const add = () => {
    focusNext.current = `#${c.id(`stage-${rows.length + 1}-name`)}`;
    setRows([...rows, ['', '10']]);
  };
  const listError = c.errorFor('stages');
  return (
    <div class="cap-stages" ref={box} role="group" aria-label="Latency stages">
      <p class="cap-stage-head" aria-hidden="true">
        <span>Stage</span>
        <span>Time (ms)</span>
      </p>
      {rows.map(([name, ms], i) => {
        const n = i + 1;
        const error = c.errorFor(stageKey(i));
        const msId = c.id(`stage-${n}-ms`);
        const trimmed = name.trim();
        return (
          <div class="cap-stage" key={i}>
            <div class="calc-field">
              <label class="sr-only" for={c.id(`stage-${n}-name`)}>
                Stage {n} name
              </label>
              <input
                id={c.id(`stage-${n}-name`)}
                type="text"
                autoComplete="off"
                value={name}
                onInput={(e) => edit(i, 0, (e.currentTarget as HTMLInputElement).value)}
              />
            </div>
            <div class={`calc-field${error ? ' calc-field--error' : ''}`}>
              <label class="sr-only" for={msId}>
                Stage {n} time (ms)
              </label>
              <input
                id={msId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={ms}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(msId, false, error)}
                onInput={(e) => edit(i, 1, (e.currentTarget as HTMLInputElement).value)}
              />
            </div>
            <button type="button" data-remove={i} aria-label={`Remove stage ${n}${trimmed ? ` (${trimmed})` : ''}`} onClick={() => remove(i)}>
              Remove
            </button>
            <FieldError id={msId} message={error} dataKey={stageKey(i)} class="cap-stage-error" />
          </div>
        );
      })}
      <button type="button" data-add-stage onClick={add}>
        Add stage
      </button>
      <FieldError id={c.id('stages')} message={listError} dataKey="stages" />
      {c.unplaced(outcome)}
    </div>
  );
}

export function LatencySection({ c, outcome, rows, setRows }: Props) {
  const inputs = (
    <>
      {c.field('budgetMs')}
      <Stages c={c} outcome={outcome} rows={rows} setRows={setRows} />
    </>
  );
  return (
    <Section id={c.id('latency')} legend="Latency budget" inputs={inputs}>
      <Results label="Latency budget check" outcome={outcome}>
        {({ value, steps }) => (
          <>
            <p class={`cap-headline ${value.fits ? 'cap-fits' : 'cap-over'}`} data-headline="latency">
              {value.fits
                ? `Fits: ${formatQuantity(value.slackMs, 'ms')} of slack in a ${formatQuantity(value.budgetMs, 'ms')} budget.`
                : `Does not fit: over budget by ${formatQuantity(-value.slackMs, 'ms')}.`}
            </p>
            <StackedBar
              values={value.stages.map((st) => st.ms)}
              limit={value.budgetMs}
              description={`Stacked bar of ${value.stages.length} stages totalling ${formatQuantity(value.totalMs, 'ms')} against a budget of ${formatQuantity(value.budgetMs, 'ms')}.`}
            />
            <StepsTable caption="Latency arithmetic" steps={steps} />
            <ResultsTable
              caption="Share of the budget by stage"
              head={['Stage', 'Time', 'Share']}
              rows={value.stages.map((st, i) => ({ id: `stage-${i + 1}`, label: st.name, values: [formatQuantity(st.ms, 'ms'), fixedPct(st.share)] }))}
            />
          </>
        )}
      </Results>
    </Section>
  );
}
