/** The traffic, storage, embedding-index and replica parts of the capacity estimate. */
import type { EmbeddingResult } from '../../lib/capacity/embedding';
import type { ReplicaResult } from '../../lib/capacity/replicas';
import type { Estimate } from '../../lib/capacity/steps';
import type { StorageResult } from '../../lib/capacity/storage';
import type { TrafficResult } from '../../lib/capacity/traffic';
import { BYTE_SYSTEM_NOTE, formatQuantity, humanBytes } from '../../lib/capacity/units';
import { fmt } from '../../lib/format';
import type { Calculator, Outcome } from '../kit/calculator';
import { EstimateResults, Section } from './Section';
import { STORAGE_PARTS } from './spec';

type Part<T> = { c: Calculator; outcome: Outcome<Estimate<T>> };

export function TrafficSection({ c, outcome }: Part<TrafficResult>) {
  const inputs = (
    <>
      {c.field('dailyActiveUsers')}
      {c.field('actionsPerUserPerDay')}
      {c.field('peakFactor')}
      {c.unplaced(outcome)}
    </>
  );
  return (
    <Section id={c.id('traffic')} legend="Traffic" inputs={inputs}>
      <EstimateResults
        label="Traffic estimate"
        caption="Traffic arithmetic"
        outcome={outcome}
        headline={(v) => (
          <>
            Peak <strong data-headline="traffic">{fmt(v.peak, 1)} requests/s</strong>, average {fmt(v.average, 1)} requests/s.
          </>
        )}
      />
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
            {c.field(`${p.key}.count`)}
            {c.field(`${p.key}.bytesEach`)}
            {c.field(`${p.key}.days`)}
          </div>
        </fieldset>
      ))}
      {c.field('replication')}
      {c.unplaced(outcome)}
    </>
  );
  return (
    <Section id={c.id('storage')} legend="Storage" inputs={inputs}>
      <EstimateResults
        label="Storage estimate"
        caption="Storage arithmetic"
        outcome={outcome}
        note={BYTE_SYSTEM_NOTE.decimal}
        headline={(v) => (
          <>
            <strong data-headline="storage">{humanBytes(v.total).text}</strong> stored, {humanBytes(v.raw).text} for one copy.
          </>
        )}
      />
    </Section>
  );
}

export function IndexSection({ c, outcome }: Part<EmbeddingResult>) {
  const inputs = (
    <>
      {c.field('vectors')}
      {c.field('dimension')}
      {c.choice('encoding')}
      {c.state.encoding === 'pq' && c.field('pqSubvectors')}
      {c.choice('graph')}
      {c.state.graph === 'hnsw' && c.field('hnswM')}
      {c.unplaced(outcome)}
    </>
  );
  return (
    <Section id={c.id('index')} legend="Embedding index" inputs={inputs}>
      <EstimateResults
        label="Embedding index estimate"
        caption="Embedding index arithmetic"
        outcome={outcome}
        note={`${BYTE_SYSTEM_NOTE.decimal} The graph counts only HNSW’s base layer; upper layers add a few percent more.`}
        headline={(v) => (
          <>
            <strong data-headline="index">{humanBytes(v.totalBytes).text}</strong> of memory per copy of the index.
          </>
        )}
      />
    </Section>
  );
}

export function ReplicaSection({ c, outcome, traffic }: Part<ReplicaResult> & { traffic: Outcome<Estimate<TrafficResult>> }) {
  const replicas = (n: number) => formatQuantity(n, 'replicas');
  const inputs = (
    <>
      <p class="calc-note">
        Peak from Traffic: <strong>{traffic.value ? `${fmt(traffic.value.value.peak, 1)} requests/s` : 'fix Traffic first'}</strong>
      </p>
      {c.field('workPerRequest')}
      {c.field('throughputPerReplica')}
      {c.field('utilization')}
      {c.field('spares')}
      {c.unplaced(outcome)}
    </>
  );
  return (
    <Section id={c.id('replicas')} legend="Replicas" inputs={inputs}>
      <EstimateResults
        label="Replica estimate"
        caption="Replica arithmetic"
        outcome={outcome}
        headline={(v) => (
          <>
            <strong data-headline="replicas">{replicas(v.total)}</strong> replicas ({replicas(v.needed)} for the peak + {replicas(v.spares)}{' '}
            {v.spares === 1 ? 'spare' : 'spares'}).
          </>
        )}
      />
    </Section>
  );
}
