/**
 * Capacity estimator: traffic, storage, embedding-index memory, replicas and a latency
 * budget, each with its arithmetic shown. Thin over src/lib/capacity: parsing and layout
 * here, every formula there.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { MetricInputError } from '../lib/metrics/errors';
import { embeddingMemory, EMBEDDING_FIELDS, ENCODINGS, type Encoding } from '../lib/capacity/embedding';
import { LATENCY_FIELDS, latencyBudget, stageField } from '../lib/capacity/latency';
import { REPLICA_FIELDS, replicas } from '../lib/capacity/replicas';
import type { Step } from '../lib/capacity/steps';
import { REPLICATION_FIELD, storage, storageField } from '../lib/capacity/storage';
import { requestRate, TRAFFIC_FIELDS } from '../lib/capacity/traffic';
import { BYTE_SYSTEM_NOTE, formatQuantity, humanBytes } from '../lib/capacity/units';
import { PRESETS, type CapacityPreset } from './capacity-presets';
import { Field, InvalidNote, Results, Select } from './shared/Field';
import { fmt } from './shared/format';
import { attempt, parseNumber, type FieldError } from './shared/parse';
import { useUrlState } from './shared/url-state';

type CapState = CapacityPreset['values'];
const DEFAULTS: CapState = PRESETS[0]!.values;
const KEYS = Object.keys(DEFAULTS) as (keyof CapState)[];

type StageRow = [name: string, ms: string];

/** The stage rows from their URL form; a hand-edited address that does not parse falls back to the default rows. */
function readStages(text: string): StageRow[] {
  try {
    const rows: unknown = JSON.parse(text);
    if (Array.isArray(rows) && rows.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'string' && typeof r[1] === 'string')) {
      return rows as StageRow[];
    }
  } catch {
    // fall through to the defaults
  }
  return JSON.parse(DEFAULTS.stages) as StageRow[];
}

const STORAGE_PARTS = [
  { key: 'items', label: 'Items', count: 'Items (count)', bytes: 'Bytes per item' },
  { key: 'feat', label: 'Features', count: 'Feature rows', bytes: 'Bytes per row' },
  { key: 'logs', label: 'Logs', count: 'Log records (count)', bytes: 'Bytes per record' },
] as const;

function StepsTable({ caption, steps }: { caption: string; steps: Step[] }) {
  return (
    <table class="calc-table cap-steps">
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Arithmetic</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step) => (
          <tr key={step.id} data-step={step.id}>
            <th scope="row">{step.label}</th>
            <td class="calc-formula">{step.expression}</td>
            <td class="calc-num">{formatQuantity(step.value, step.unit)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Section({ id, legend, inputs, children }: { id: string; legend: string; inputs: ComponentChildren; children: ComponentChildren }) {
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

export default function CapacityEstimator() {
  const [s, set, setState] = useUrlState('cap', DEFAULTS);
  const stageRows = readStages(s.stages);
  const setStages = (rows: StageRow[]) => set('stages', JSON.stringify(rows));

  // Move focus sensibly after adding or removing a stage row.
  const stagesRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current && stagesRef.current) {
      stagesRef.current.querySelector<HTMLElement>(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });

  const preset = PRESETS.find((p) => KEYS.every((k) => p.values[k] === s[k]));

  const traffic = attempt(() =>
    requestRate({
      dailyActiveUsers: parseNumber(s.dau, TRAFFIC_FIELDS.dailyActiveUsers),
      actionsPerUserPerDay: parseNumber(s.actions, TRAFFIC_FIELDS.actionsPerUserPerDay),
      peakFactor: parseNumber(s.peak, TRAFFIC_FIELDS.peakFactor),
    }),
  );
  const stored = attempt(() =>
    storage({
      components: STORAGE_PARTS.map((p) => ({
        label: p.label,
        count: parseNumber(s[`${p.key}Count`], storageField(p.label, 'count')),
        bytesEach: parseNumber(s[`${p.key}Bytes`], storageField(p.label, 'bytesEach')),
        days: parseNumber(s[`${p.key}Days`], storageField(p.label, 'days')),
      })),
      replication: parseNumber(s.replication, REPLICATION_FIELD),
    }),
  );
  const index = attempt(() =>
    embeddingMemory({
      vectors: parseNumber(s.n, EMBEDDING_FIELDS.vectors),
      dimension: parseNumber(s.d, EMBEDDING_FIELDS.dimension),
      encoding: s.enc as Encoding,
      pqSubvectors: s.enc === 'pq' ? parseNumber(s.pqM, EMBEDDING_FIELDS.pqSubvectors) : undefined,
      hnswM: s.graph === 'hnsw' ? parseNumber(s.hnswM, EMBEDDING_FIELDS.hnswM) : undefined,
    }),
  );
  const fleet = attempt(() => {
    // Replicas are sized for the Traffic section's peak; say so if that is what is wrong.
    if (traffic.error) throw new MetricInputError(`Traffic above has an invalid input (${traffic.error.message})`, traffic.error.field);
    return replicas({
      peakQps: traffic.value.value.peak,
      workPerRequest: parseNumber(s.work, REPLICA_FIELDS.workPerRequest),
      throughputPerReplica: parseNumber(s.throughput, REPLICA_FIELDS.throughputPerReplica),
      utilisation: parseNumber(s.util, REPLICA_FIELDS.utilisation),
      spares: parseNumber(s.spares, REPLICA_FIELDS.spares),
    });
  });
  const budget = attempt(() =>
    latencyBudget({
      budgetMs: parseNumber(s.budget, LATENCY_FIELDS.budgetMs),
      stages: stageRows.map(([name, ms], i) => ({ name, ms: parseNumber(ms, stageField(i)) })),
    }),
  );

  const errors = [traffic.error, stored.error, index.error, budget.error, fleet.error].filter((e): e is FieldError => e !== undefined);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const field = (key: keyof CapState, id: string, label: string, name: string, hint?: string) => (
    <Field id={`cap-${id}`} label={label} value={s[key]} onInput={(v) => set(key, v)} error={errorFor(name)} {...(hint ? { hint } : {})} />
  );

  const removeStage = (i: number) => {
    const rows = stageRows.filter((_, j) => j !== i);
    focusNext.current = rows.length === 0 ? '[data-add-stage]' : `[data-remove="${Math.min(i, rows.length - 1)}"]`;
    setStages(rows);
  };
  const addStage = () => {
    focusNext.current = `#cap-stage-${stageRows.length + 1}-name`;
    setStages([...stageRows, ['', '10']]);
  };

  return (
    <div class="cap">
      <div class="calc-inputs cap-preset">
        <Select
          id="cap-preset"
          label="Preset (assumptions for practice, not real figures)"
          value={preset?.id ?? 'custom'}
          onChange={(id) => {
            const chosen = PRESETS.find((p) => p.id === id);
            if (chosen) setState({ ...chosen.values });
          }}
          options={[...PRESETS.map((p) => ({ value: p.id, label: p.label })), ...(preset ? [] : [{ value: 'custom', label: 'Custom (edited)' }])]}
        />
        <p class="calc-hint" id="cap-preset-source">
          {preset ? preset.source : 'You have changed some numbers from the preset: every figure below is yours.'}
        </p>
      </div>

      <Section
        id="cap-traffic"
        legend="Traffic"
        inputs={
          <>
            {field('dau', 'dau', 'Daily active users', TRAFFIC_FIELDS.dailyActiveUsers)}
            {field('actions', 'actions', 'Requests per user per day', TRAFFIC_FIELDS.actionsPerUserPerDay)}
            {field('peak', 'peak', 'Peak factor (busiest hour ÷ average)', TRAFFIC_FIELDS.peakFactor)}
          </>
        }
      >
        <Results label="Traffic estimate">
          {traffic.value ? (
            <>
              <p class="cap-headline">
                Peak <strong data-headline="traffic">{fmt(traffic.value.value.peak, 1)} requests/s</strong>, average {fmt(traffic.value.value.average, 1)}{' '}
                requests/s.
              </p>
              <StepsTable caption="Traffic arithmetic" steps={traffic.value.steps} />
            </>
          ) : (
            <InvalidNote message={traffic.error.message} />
          )}
        </Results>
      </Section>

      <Section
        id="cap-storage"
        legend="Storage"
        inputs={
          <>
            <p class="calc-hint">
              Each line is count × bytes × days kept. For data that piles up (logs, new posts) give the count per day and the retention in days; for a
              table that is overwritten, set days to 1.
            </p>
            {STORAGE_PARTS.map((p) => (
              <fieldset class="cap-subgroup" key={p.key}>
                <legend>{p.label}</legend>
                <div class="cap-grid-3">
                  {field(`${p.key}Count`, `${p.key}-count`, p.count, storageField(p.label, 'count'))}
                  {field(`${p.key}Bytes`, `${p.key}-bytes`, p.bytes, storageField(p.label, 'bytesEach'))}
                  {field(`${p.key}Days`, `${p.key}-days`, 'Days kept', storageField(p.label, 'days'))}
                </div>
              </fieldset>
            ))}
            {field('replication', 'replication', 'Replication factor', REPLICATION_FIELD, '3 for three copies; 1.5 for 6+3 erasure coding.')}
          </>
        }
      >
        <Results label="Storage estimate">
          {stored.value ? (
            <>
              <p class="cap-headline">
                <strong data-headline="storage">{humanBytes(stored.value.value.total).text}</strong> stored, {humanBytes(stored.value.value.raw).text} for one
                copy.
              </p>
              <StepsTable caption="Storage arithmetic" steps={stored.value.steps} />
              <p class="calc-hint">{BYTE_SYSTEM_NOTE.decimal}</p>
            </>
          ) : (
            <InvalidNote message={stored.error.message} />
          )}
        </Results>
      </Section>

      <Section
        id="cap-index"
        legend="Embedding index"
        inputs={
          <>
            {field('n', 'n', 'Vectors (N)', EMBEDDING_FIELDS.vectors)}
            {field('d', 'd', 'Dimension (d)', EMBEDDING_FIELDS.dimension)}
            <Select id="cap-enc" label="Encoding" value={s.enc} onChange={(v) => set('enc', v)} options={ENCODINGS} />
            {s.enc === 'pq' &&
              field('pqM', 'pq-m', 'PQ sub-vectors (m)', EMBEDDING_FIELDS.pqSubvectors, 'One 8-bit code per sub-vector; m must divide d.')}
            <Select
              id="cap-graph"
              label="Graph"
              value={s.graph}
              onChange={(v) => set('graph', v)}
              options={[
                { value: 'none', label: 'None (flat or IVF index)' },
                { value: 'hnsw', label: 'HNSW (M × 2 links × 4 B)' },
              ]}
            />
            {s.graph === 'hnsw' && field('hnswM', 'hnsw-m', 'HNSW M', EMBEDDING_FIELDS.hnswM, 'Links per element; the base layer keeps 2·M. 16–48 is common.')}
            {errorFor(EMBEDDING_FIELDS.encoding) && <p class="calc-error">{errorFor(EMBEDDING_FIELDS.encoding)}</p>}
          </>
        }
      >
        <Results label="Embedding index estimate">
          {index.value ? (
            <>
              <p class="cap-headline">
                <strong data-headline="index">{humanBytes(index.value.value.totalBytes).text}</strong> of memory per copy of the index.
              </p>
              <StepsTable caption="Embedding index arithmetic" steps={index.value.steps} />
              <p class="calc-hint">
                {BYTE_SYSTEM_NOTE.decimal} The graph counts only HNSW’s base layer; upper layers add a few percent more.
              </p>
            </>
          ) : (
            <InvalidNote message={index.error.message} />
          )}
        </Results>
      </Section>

      <Section
        id="cap-replicas"
        legend="Replicas"
        inputs={
          <>
            <p class="calc-note">
              Peak from Traffic:{' '}
              <strong>{traffic.value ? `${fmt(traffic.value.value.peak, 1)} requests/s` : 'fix Traffic first'}</strong>
            </p>
            {field('work', 'work', 'Work per request', REPLICA_FIELDS.workPerRequest, 'e.g. candidates scored or ANN queries per request; 1 to count whole requests.')}
            {field('throughput', 'throughput', 'Throughput per replica (work per second)', REPLICA_FIELDS.throughputPerReplica)}
            {field('util', 'util', 'Target utilisation (0–1]', REPLICA_FIELDS.utilisation)}
            {field('spares', 'spares', 'Spare replicas k (N+k)', REPLICA_FIELDS.spares)}
          </>
        }
      >
        <Results label="Replica estimate">
          {fleet.value ? (
            <>
              <p class="cap-headline">
                <strong data-headline="replicas">{formatQuantity(fleet.value.value.total, 'replicas')}</strong> replicas ({formatQuantity(fleet.value.value.needed, 'replicas')}{' '}
                for the peak + {formatQuantity(fleet.value.value.total - fleet.value.value.needed, 'replicas')}{' '}
                {fleet.value.value.total - fleet.value.value.needed === 1 ? 'spare' : 'spares'}).
              </p>
              <StepsTable caption="Replica arithmetic" steps={fleet.value.steps} />
            </>
          ) : (
            <InvalidNote message={fleet.error.message} />
          )}
        </Results>
      </Section>

      <Section
        id="cap-latency"
        legend="Latency budget"
        inputs={
          <>
            {field('budget', 'budget', 'Latency budget (ms)', LATENCY_FIELDS.budgetMs)}
            <div class="cap-stages" ref={stagesRef} role="group" aria-label="Latency stages">
              <p class="cap-stage-head" aria-hidden="true">
                <span>Stage</span>
                <span>Time (ms)</span>
              </p>
              {stageRows.map(([name, ms], i) => {
                const n = i + 1;
                const err = errorFor(stageField(i));
                const trimmed = name.trim();
                return (
                  <div class="cap-stage" key={i}>
                    <div class="calc-field">
                      <label class="sr-only" for={`cap-stage-${n}-name`}>
                        Stage {n} name
                      </label>
                      <input
                        id={`cap-stage-${n}-name`}
                        type="text"
                        autoComplete="off"
                        value={name}
                        onInput={(e) => setStages(stageRows.map((r, j) => (j === i ? [(e.currentTarget as HTMLInputElement).value, r[1]] : r)))}
                      />
                    </div>
                    <div class={`calc-field${err ? ' calc-field--error' : ''}`}>
                      <label class="sr-only" for={`cap-stage-${n}-ms`}>
                        Stage {n} time (ms)
                      </label>
                      <input
                        id={`cap-stage-${n}-ms`}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        value={ms}
                        aria-invalid={err ? true : undefined}
                        aria-describedby={err ? `cap-stage-${n}-ms-error` : undefined}
                        onInput={(e) => setStages(stageRows.map((r, j) => (j === i ? [r[0], (e.currentTarget as HTMLInputElement).value] : r)))}
                      />
                    </div>
                    <button type="button" data-remove={i} aria-label={`Remove stage ${n}${trimmed ? ` (${trimmed})` : ''}`} onClick={() => removeStage(i)}>
                      Remove
                    </button>
                    {err && (
                      <p id={`cap-stage-${n}-ms-error`} class="calc-error cap-stage-error">
                        {err}
                      </p>
                    )}
                  </div>
                );
              })}
              <button type="button" data-add-stage onClick={addStage}>
                Add stage
              </button>
              {errorFor(LATENCY_FIELDS.stages) && (
                <p id="cap-stages-error" class="calc-error">
                  {errorFor(LATENCY_FIELDS.stages)}
                </p>
              )}
            </div>
          </>
        }
      >
        <Results label="Latency budget check">
          {budget.value ? (
            <>
              <p class={`cap-headline ${budget.value.value.fits ? 'cap-fits' : 'cap-over'}`} data-headline="latency">
                {budget.value.value.fits
                  ? `Fits: ${formatQuantity(budget.value.value.slackMs, 'ms')} of slack in a ${formatQuantity(budget.value.value.budgetMs, 'ms')} budget.`
                  : `Does not fit: over budget by ${formatQuantity(-budget.value.value.slackMs, 'ms')}.`}
              </p>
              <LatencyBar stages={budget.value.value.stages} budgetMs={budget.value.value.budgetMs} />
              <StepsTable caption="Latency arithmetic" steps={budget.value.steps} />
              <table class="calc-table">
                <caption>Share of the budget by stage</caption>
                <thead>
                  <tr>
                    <th scope="col">Stage</th>
                    <th scope="col">Time</th>
                    <th scope="col">Share</th>
                  </tr>
                </thead>
                <tbody>
                  {budget.value.value.stages.map((st, i) => (
                    <tr key={i}>
                      <th scope="row">{st.name}</th>
                      <td class="calc-num">{formatQuantity(st.ms, 'ms')}</td>
                      <td class="calc-num">{`${(st.share * 100).toFixed(1)}%`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <InvalidNote message={budget.error.message} />
          )}
        </Results>
      </Section>
    </div>
  );
}

/** One stacked bar: each stage's time along a scale that ends at the larger of the budget and the sum, with the budget marked. */
function LatencyBar({ stages, budgetMs }: { stages: { name: string; ms: number }[]; budgetMs: number }) {
  const total = stages.reduce((sum, st) => sum + st.ms, 0);
  const scale = Math.max(total, budgetMs);
  const budgetX = (budgetMs / scale) * 100;
  let x = 0;
  const description = `Stacked bar of ${stages.length} stages totalling ${formatQuantity(total, 'ms')} against a budget of ${formatQuantity(budgetMs, 'ms')}.`;
  return (
    <svg class="cap-bar" viewBox="-1 0 102 8" preserveAspectRatio="none" role="img" aria-label={description}>
      <title>{description}</title>
      {stages.map((st, i) => {
        const w = (st.ms / scale) * 100;
        const rect = <rect key={i} x={x} y={1} width={w} height={6} class={`cap-bar-${i % 2 ? 'b' : 'a'}${x + w > budgetX + 1e-9 ? ' cap-bar-over' : ''}`} />;
        x += w;
        return rect;
      })}
      {x < budgetX && <rect x={x} y={1} width={budgetX - x} height={6} class="cap-bar-slack" vector-effect="non-scaling-stroke" />}
      <line x1={budgetX} x2={budgetX} y1={0} y2={8} class="cap-bar-budget" vector-effect="non-scaling-stroke" />
    </svg>
  );
}
