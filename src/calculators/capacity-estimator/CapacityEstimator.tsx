/**
 * Capacity estimator: traffic, storage, embedding-index memory, replicas and a latency
 * budget, each with its arithmetic shown. Thin over src/lib/capacity: parsing and layout
 * here, every formula there.
 */
import { embeddingMemory, type Encoding } from '../../lib/capacity/embedding';
import { LATENCY_RANGES, latencyBudget, stageField, stageKey } from '../../lib/capacity/latency';
import { replicas } from '../../lib/capacity/replicas';
import { storage } from '../../lib/capacity/storage';
import { requestRate } from '../../lib/capacity/traffic';
import { InputError } from '../../lib/input';
import { parseDecimal } from '../../lib/number-text';
import { CalculatorRoot, useCalculator, type CalculatorProps } from '../kit/calculator';
import { Toolbar, UrlNotices } from '../kit/toolbar';
import { LatencySection } from './LatencySection';
import { PresetPicker } from './PresetPicker';
import { IndexSection, ReplicaSection, StorageSection, TrafficSection } from './Sections';
import { capacityEstimator as spec, STORAGE_PARTS } from './spec';
import { readStages, writeStages } from './stages';
import './capacity-estimator.css';

export default function CapacityEstimator(props: CalculatorProps) {
  const c = useCalculator(spec, props);
  const s = c.state;
  const rows = readStages(s.stages ?? '', c.defaults.stages ?? '[]');

  const traffic = c.run(() =>
    requestRate({ dailyActiveUsers: c.num('dailyActiveUsers'), actionsPerUserPerDay: c.num('actionsPerUserPerDay'), peakFactor: c.num('peakFactor') }),
  );
  const stored = c.run(() =>
    storage({
      components: STORAGE_PARTS.map((p) => ({
        key: p.key,
        label: p.label,
        count: c.num(`${p.key}.count`),
        bytesEach: c.num(`${p.key}.bytesEach`),
        days: c.num(`${p.key}.days`),
      })),
      replication: c.num('replication'),
    }),
  );
  const index = c.run(() =>
    embeddingMemory({
      vectors: c.num('vectors'),
      dimension: c.num('dimension'),
      encoding: s.encoding as Encoding,
      pqSubvectors: s.encoding === 'pq' ? c.num('pqSubvectors') : undefined,
      hnswM: s.graph === 'hnsw' ? c.num('hnswM') : undefined,
    }),
  );
  const fleet = c.run(() => {
    // Replicas are sized for the Traffic section's peak; say so if that is what is wrong.
    if (traffic.error) throw new InputError(`Traffic above has an invalid input (${traffic.error.message})`, traffic.error.field);
    return replicas({
      peakQps: traffic.value.value.peak,
      workPerRequest: c.num('workPerRequest'),
      throughputPerReplica: c.num('throughputPerReplica'),
      utilization: c.num('utilization'),
      spares: c.num('spares'),
    });
  });
  const budget = c.run(() =>
    latencyBudget({
      budgetMs: c.num('budgetMs'),
      stages: rows.map(([name, ms], i) => ({ name, ms: parseDecimal(ms, stageKey(i), stageField(i), LATENCY_RANGES.stageMs) })),
    }),
  );

  return (
    <CalculatorRoot calc={c} class="cap">
      <div class="calc-inputs cap-preset">
        <UrlNotices calc={c} />
        <PresetPicker calc={c} presets={spec.presets} initial={props.preset} />
        <Toolbar calc={c} />
      </div>
      <TrafficSection c={c} outcome={traffic} />
      <StorageSection c={c} outcome={stored} />
      <IndexSection c={c} outcome={index} />
      <ReplicaSection c={c} outcome={fleet} traffic={traffic} />
      <LatencySection c={c} outcome={budget} rows={rows} setRows={(next) => c.set('stages', writeStages(next))} />
    </CalculatorRoot>
  );
}
