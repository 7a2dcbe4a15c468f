/** The traffic, storage, embedding-index and replica parts of the capacity estimate. */
import type { EmbeddingResult } from '../../lib/capacity/embedding';
import type { ReplicaResult } from '../../lib/capacity/replicas';
import type { Estimate } from '../../lib/capacity/steps';
import type { StorageResult } from '../../lib/capacity/storage';
import type { TrafficResult } from '../../lib/capacity/traffic';
import { BYTE_SYSTEM_NOTE, formatQuantity, humanBytes } from '../../lib/capacity/units';
import { fmt } from '../../lib/format';
import type { Calculator, Outcome } from '../kit/calculator';
import { Results } from '../kit/results';
import { Section, StepsTable } from './Section';
import { STORAGE_PARTS } from './spec';

type Part<T> = { c: Calculator; outcome: Outcome<Estimate<T>> };

const peakText = (traffic: Outcome<Estimate<TrafficResult>>) => traffic.value && `${fmt(traffic.value.value.peak, 1)} requests/s`;

export function TrafficSection({ c, outcome }: Part<TrafficResult>) {
  return (
    <Section
      id={c.id('traffic')}
      legend="Traffic"
      inputs={
        <>
          {c.number('dailyActiveUsers')}
          {c.number('actionsPerUserPerDay')}
          {c.number('peakFactor')}
          {c.unplaced(outcome)}
        </>
      }
    >
      <Results label="Traffic estimate" outcome={outcome}>
        {({ value, steps }) => (
          <>
            <p class="cap-headline">
              Peak <strong data-headline="traffic">{fmt(value.peak, 1)} requests/s</strong>, average {fmt(value.average, 1)} requests/s.
            </p>
            <StepsTable caption="Traffic arithmetic" steps={steps} />
          </>
        )}
      </Results>
    </Section>
  );
}

export function StorageSection({ c, outcome }: Part<StorageResult>) {
  const inputs = (
    <>
      <p class="calc-hint">
        Each line is count × bytes × days kept. For data that piles up (logs, new posts) give the count per day and the retention in days; for a table that is
        overwritten, set days to 1.
      </p>
      {STORAGE_PARTS.map((p) => (
        <fieldset class="cap-subgroup" key={p.key}>
          <legend>{p.label}</legend>
          <div class="cap-grid-3">
            {c.number(`${p.key}.count`)}
            {c.number(`${p.key}.bytesEach`)}
            {c.number(`${p.key}.days`)}
          </div>
        </fieldset>
      ))}
      {c.number('replication')}
      {c.unplaced(outcome)}
    </>
  );
  return (
    <Section id={c.id('storage')} legend="Storage" inputs={inputs}>
      <Results label="Storage estimate" outcome={outcome}>
        {({ value, steps }) => (
          <>
            <p class="cap-headline">
              <strong data-headline="storage">{humanBytes(value.total).text}</strong> stored, {humanBytes(value.raw).text} for one copy.
            </p>
            <StepsTable caption="Storage arithmetic" steps={steps} />
            <p class="calc-hint">{BYTE_SYSTEM_NOTE.decimal}</p>
          </>
        )}
      </Results>
    </Section>
  );
}

export function IndexSection({ c, outcome }: Part<EmbeddingResult>) {
  const inputs = (
    <>
      {c.number('vectors')}
      {c.number('dimension')}
      {c.choice('encoding')}
      {c.state.encoding === 'pq' && c.number('pqSubvectors')}
      {c.choice('graph')}
      {c.state.graph === 'hnsw' && c.number('hnswM')}
      {c.unplaced(outcome)}
    </>
  );
  return (
    <Section id={c.id('index')} legend="Embedding index" inputs={inputs}>
      <Results label="Embedding index estimate" outcome={outcome}>
        {({ value, steps }) => (
          <>
            <p class="cap-headline">
              <strong data-headline="index">{humanBytes(value.totalBytes).text}</strong> of memory per copy of the index.
            </p>
            <StepsTable caption="Embedding index arithmetic" steps={steps} />
            <p class="calc-hint">{BYTE_SYSTEM_NOTE.decimal} The graph counts only HNSW’s base layer; upper layers add a few percent more.</p>
          </>
        )}
      </Results>
    </Section>
  );
}

export function ReplicaSection({ c, outcome, traffic }: Part<ReplicaResult> & { traffic: Outcome<Estimate<TrafficResult>> }) {
  const inputs = (
    <>
      <p class="calc-note">
        Peak from Traffic: <strong>{peakText(traffic) ?? 'fix Traffic first'}</strong>
      </p>
      {c.number('workPerRequest')}
      {c.number('throughputPerReplica')}
      {c.number('utilization')}
      {c.number('spares')}
      {c.unplaced(outcome)}
    </>
  );
  return (
    <Section id={c.id('replicas')} legend="Replicas" inputs={inputs}>
      <Results label="Replica estimate" outcome={outcome}>
        {({ value, steps }) => (
          <>
            <p class="cap-headline">
              <strong data-headline="replicas">{formatQuantity(value.total, 'replicas')}</strong> replicas ({formatQuantity(value.needed, 'replicas')} for the peak +{' '}
              {formatQuantity(value.spares, 'replicas')} {value.spares === 1 ? 'spare' : 'spares'}).
            </p>
            <StepsTable caption="Replica arithmetic" steps={steps} />
          </>
        )}
      </Results>
    </Section>
  );
}
