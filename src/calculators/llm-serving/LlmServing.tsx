/**
 * LLM serving: a model's size, precision and attention shape, a GPU's memory, bandwidth and
 * price, and a target load → weights, KV cache per token and per sequence, concurrent
 * sequences, a memory-bound decode ceiling, GPUs for the load and cost per million tokens.
 * Thin over src/lib/capacity/llm-plan.
 */
import { humanBytes } from '../../lib/capacity/units';
import { LLM_FIELDS, llmServingPlan, type LlmField } from '../../lib/capacity/llm-plan';
import { fmt, int } from '../../lib/format';
import { CalculatorRoot, useCalculator, type CalculatorProps } from '../kit/calculator';
import { Results, ResultsTable } from '../kit/results';
import { Toolbar, UrlNotices } from '../kit/toolbar';
import { llmServing as spec } from './spec';

const KEYS = Object.keys(LLM_FIELDS) as LlmField[];
const bytes = (b: number) => humanBytes(b).text;

export default function LlmServing(props: CalculatorProps) {
  const c = useCalculator(spec, props);
  const outcome = c.run(() => {
    const input = Object.fromEntries(KEYS.map((k) => [k, c.num(k)])) as Record<LlmField, number>;
    return { input, plan: llmServingPlan(input) };
  });

  return (
    <CalculatorRoot calc={c} class="calc">
      <div class="calc-inputs">
        <UrlNotices calc={c} />
        <div class="calc-grid-2">
          {c.field('paramsBillions')}
          {c.field('bytesPerWeight')}
          {c.field('layers')}
          {c.field('kvHeads')}
          {c.field('headDim')}
          {c.field('bytesPerKvValue')}
        </div>
        {c.field('contextTokens')}
        <div class="calc-grid-2">
          {c.field('gpuMemoryGB')}
          {c.field('reservedFraction')}
          {c.field('bandwidthTBps')}
          {c.field('gpuHourlyCost')}
        </div>
        {c.field('batch')}
        {c.field('targetTokensPerSecond')}
        {c.unplaced()}
        <Toolbar calc={c} />
      </div>
      <Results label="LLM serving estimate" outcome={outcome}>
        {({ input: i, plan: p }) => (
          <>
            <ResultsTable
              caption="Memory, decode rate, fleet and cost"
              captionHidden
              rowKey="result"
              head={['Quantity', 'Value', 'Formula']}
              rows={[
                { id: 'weights', label: 'Weights', values: [bytes(p.weightBytes)], formula: `${fmt(i.paramsBillions, 4)}B × ${fmt(i.bytesPerWeight, 3)} B` },
                { id: 'kv-token', label: 'KV cache per token', values: [`${int(p.kvBytesPerToken)} B`], formula: `2 · ${int(i.layers)} · ${int(i.kvHeads)} · ${int(i.headDim)} · ${fmt(i.bytesPerKvValue, 3)}` },
                { id: 'kv-sequence', label: 'KV cache per sequence', values: [bytes(p.kvBytesPerSequence)], formula: `× ${int(i.contextTokens)} tokens` },
                {
                  id: 'sequences',
                  label: 'Concurrent sequences per GPU',
                  values: [int(p.maxSequences)],
                  formula: `⌊(${fmt(i.gpuMemoryGB, 4)} GB × ${fmt(1 - i.reservedFraction, 3)} − weights) ÷ KV per sequence⌋`,
                },
                {
                  id: 'decode',
                  label: 'Decode ceiling per GPU',
                  values: [`${int(Math.floor(p.decodeTokensPerSecond))} tokens/s`],
                  formula: `${int(i.batch)} × ${fmt(i.bandwidthTBps, 4)} TB/s ÷ (weights + ${int(i.batch)} × KV per sequence)`,
                },
                { id: 'step', label: 'Time between tokens', values: [`${fmt(p.stepMs, 3)} ms`], formula: 'one decoding step at the ceiling' },
                { id: 'gpus', label: 'GPUs for the target', values: [int(p.gpus)], formula: `⌈${int(i.targetTokensPerSecond)} ÷ decode ceiling⌉` },
                { id: 'cost', label: 'Cost per million tokens', values: [`USD ${fmt(p.costPerMillionTokens, 4)}`], formula: `USD ${fmt(i.gpuHourlyCost, 4)} ÷ (ceiling × 3,600) × 10⁶` },
                { id: 'fleet-cost', label: 'Fleet cost per hour', values: [`USD ${int(p.fleetCostPerHour)}`], formula: 'GPUs × price' },
              ]}
            />
            <p class="calc-note">The decode rate is a ceiling set by memory bandwidth: measured servers reach a fraction of it, and prompts need prefill time on top.</p>
          </>
        )}
      </Results>
    </CalculatorRoot>
  );
}
