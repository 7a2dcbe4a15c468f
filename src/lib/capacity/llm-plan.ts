/**
 * The LLM serving calculator's arithmetic, from the model's shape and the GPU to a fleet
 * and a price: weights in memory, KV cache per token and per sequence, how many sequences
 * fit, the memory-bound decode ceiling at the chosen batch, GPUs for a target rate, and
 * the cost per million generated tokens. Every formula is one of llm.ts; this adds the
 * documented ranges and the checks that tie the inputs together (a batch that does not
 * fit in memory is refused, naming the most that does).
 */
import { checkRange, InputError, type Range } from '../input';
import { costPerMillionTokens, decodeTokensPerSecondUpperBound, kvCacheBytesPerToken, maxConcurrentSequences } from './llm';

export const LLM_FIELDS = {
  paramsBillions: 'Parameters (billions)',
  bytesPerWeight: 'Bytes per weight',
  layers: 'Layers',
  kvHeads: 'KV heads',
  headDim: 'Head dimension',
  bytesPerKvValue: 'Bytes per cached value',
  contextTokens: 'Tokens per sequence',
  gpuMemoryGB: 'GPU memory',
  reservedFraction: 'Memory held back',
  bandwidthTBps: 'Memory bandwidth',
  batch: 'Batch size',
  targetTokensPerSecond: 'Target generated tokens per second',
  gpuHourlyCost: 'GPU price per hour',
} as const;

export type LlmField = keyof typeof LLM_FIELDS;

/** Generous bounds: past them a value is a typo or a unit mistake (GB typed as bytes). */
export const LLM_RANGES = {
  paramsBillions: { min: 0, max: 100_000, minExclusive: true },
  // 4-bit weights are half a byte; fp32 is 4.
  bytesPerWeight: { min: 0.125, max: 8 },
  layers: { min: 1, max: 10_000, integer: true },
  kvHeads: { min: 1, max: 10_000, integer: true },
  headDim: { min: 1, max: 65_536, integer: true },
  bytesPerKvValue: { min: 0.125, max: 8 },
  contextTokens: { min: 1, max: 100_000_000, integer: true },
  gpuMemoryGB: { min: 0, max: 100_000, minExclusive: true, unit: 'GB' },
  reservedFraction: { min: 0, max: 0.99 },
  bandwidthTBps: { min: 0, max: 10_000, minExclusive: true, unit: 'TB/s' },
  batch: { min: 1, max: 10_000_000, integer: true },
  targetTokensPerSecond: { min: 0, max: 1e12 },
  gpuHourlyCost: { min: 0, max: 1_000_000 },
} as const satisfies Record<LlmField, Range>;

export type LlmInput = Record<LlmField, number>;

export interface LlmPlan {
  weightBytes: number;
  kvBytesPerToken: number;
  kvBytesPerSequence: number;
  /** Sequences of `contextTokens` whose KV cache fits beside the weights. */
  maxSequences: number;
  /** Memory-bound ceiling on generated tokens per second across the batch, per GPU. */
  decodeTokensPerSecond: number;
  /** One decoding step at the ceiling, in milliseconds: the time between tokens of each sequence. */
  stepMs: number;
  /** GPUs to generate the target rate at the ceiling (0 when the target is 0). */
  gpus: number;
  costPerMillionTokens: number;
  fleetCostPerHour: number;
}

export function llmServingPlan(input: LlmInput): LlmPlan {
  for (const key of Object.keys(LLM_RANGES) as LlmField[]) checkRange(input[key], LLM_RANGES[key], key, LLM_FIELDS[key]);
  const weightBytes = input.paramsBillions * 1e9 * input.bytesPerWeight;
  const kvBytesPerToken = kvCacheBytesPerToken({ layers: input.layers, kvHeads: input.kvHeads, headDim: input.headDim, bytesPerValue: input.bytesPerKvValue });
  const gpuMemoryBytes = input.gpuMemoryGB * 1e9;
  let maxSequences: number;
  try {
    maxSequences = maxConcurrentSequences({ gpuMemoryBytes, weightBytes, kvBytesPerToken, tokensPerSequence: input.contextTokens, reservedFraction: input.reservedFraction });
  } catch (e) {
    // The weights are the reader's parameters × bytes: point the message at the parameters.
    if (e instanceof InputError && e.field === 'weightBytes') throw new InputError(e.message, 'paramsBillions');
    throw e;
  }
  if (maxSequences < 1) {
    throw new InputError(
      `Not one sequence of ${input.contextTokens.toLocaleString('en-US')} tokens fits beside the weights: shorten the sequences, quantize the KV cache, or use a GPU with more memory.`,
      'contextTokens',
    );
  }
  if (input.batch > maxSequences) {
    throw new InputError(`A batch of ${input.batch.toLocaleString('en-US')} does not fit: the KV cache holds at most ${maxSequences.toLocaleString('en-US')} sequences of this length.`, 'batch');
  }
  const decodeTokensPerSecond = decodeTokensPerSecondUpperBound({
    memoryBandwidthBytesPerSecond: input.bandwidthTBps * 1e12,
    weightBytes,
    batch: input.batch,
    contextTokens: input.contextTokens,
    kvBytesPerToken,
  });
  const gpus = Math.ceil(input.targetTokensPerSecond / decodeTokensPerSecond);
  return {
    weightBytes,
    kvBytesPerToken,
    kvBytesPerSequence: kvBytesPerToken * input.contextTokens,
    maxSequences,
    decodeTokensPerSecond,
    stepMs: (input.batch / decodeTokensPerSecond) * 1000,
    gpus,
    costPerMillionTokens: costPerMillionTokens(input.gpuHourlyCost, decodeTokensPerSecond),
    fleetCostPerHour: gpus * input.gpuHourlyCost,
  };
}
