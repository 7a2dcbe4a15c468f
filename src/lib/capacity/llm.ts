/**
 * Back-of-envelope arithmetic for serving a decoder-only language model on GPUs.
 *
 * - The KV cache keeps a key and a value vector per layer, per KV head, per token:
 *   2 · layers · kvHeads · headDim · bytesPerValue bytes for every token of context
 *   (grouped-query attention shares KV heads, so kvHeads may be fewer than query heads).
 * - Decoding one token per sequence reads every weight once per step, plus each sequence's
 *   KV cache; at small batch sizes that memory traffic, not arithmetic, sets the pace, so
 *   bandwidth / bytes read per step bounds the rate (Pope et al., "Efficiently Scaling
 *   Transformer Inference", MLSys 2023). Real servers reach a fraction of the bound.
 */
import { MetricInputError } from '../metrics/errors';

/** Each check names the input in words (`name`) and by its stable key (`field`). */
function finite(value: number, name: string, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MetricInputError(`${name} must be a finite number (got ${String(value)}).`, field);
  }
  return value;
}
function nonNegative(value: number, name: string, field: string): number {
  if (finite(value, name, field) < 0) throw new MetricInputError(`${name} cannot be negative (got ${value}).`, field);
  return value;
}
function positive(value: number, name: string, why: string, field: string): number {
  if (finite(value, name, field) <= 0) throw new MetricInputError(`${name} must be greater than 0, because ${why} (got ${value}).`, field);
  return value;
}
function positiveInteger(value: number, name: string, field: string): number {
  if (finite(value, name, field) < 1 || !Number.isInteger(value)) {
    throw new MetricInputError(`${name} must be a whole number of 1 or more (got ${value}).`, field);
  }
  return value;
}

export interface KvShape {
  layers: number;
  kvHeads: number;
  headDim: number;
  /** 2 for fp16/bf16, 1 for fp8/int8. */
  bytesPerValue: number;
}

/** Bytes of KV cache each token of context occupies: 2 · layers · kvHeads · headDim · bytesPerValue. */
export function kvCacheBytesPerToken(m: KvShape): number {
  positiveInteger(m.layers, 'Layers', 'layers');
  positiveInteger(m.kvHeads, 'KV heads', 'kvHeads');
  positiveInteger(m.headDim, 'Head dimension', 'headDim');
  positive(m.bytesPerValue, 'Bytes per value', 'every cached value takes some memory', 'bytesPerValue');
  return 2 * m.layers * m.kvHeads * m.headDim * m.bytesPerValue;
}

export interface ConcurrencyInput {
  gpuMemoryBytes: number;
  weightBytes: number;
  kvBytesPerToken: number;
  /** Prompt plus generated tokens a sequence may hold at once. */
  tokensPerSequence: number;
  /** Share of GPU memory kept back for activations and the runtime, in [0, 1); default 0. */
  reservedFraction?: number;
}

/** Sequences whose full KV cache fits beside the weights: floor(free memory / KV per sequence). */
export function maxConcurrentSequences(m: ConcurrencyInput): number {
  positive(m.gpuMemoryBytes, 'GPU memory', 'the model must fit in it', 'gpuMemoryBytes');
  positive(m.weightBytes, 'Weight memory', 'a model has weights', 'weightBytes');
  positive(m.kvBytesPerToken, 'KV cache per token', 'it is divided by', 'kvBytesPerToken');
  positiveInteger(m.tokensPerSequence, 'Tokens per sequence', 'tokensPerSequence');
  const reserved = nonNegative(m.reservedFraction ?? 0, 'Reserved share', 'reservedFraction');
  if (reserved >= 1) {
    throw new MetricInputError(`Reserved share must be below 1 (got ${reserved}): nothing would be left for the model.`, 'reservedFraction');
  }
  const usable = m.gpuMemoryBytes * (1 - reserved);
  if (m.weightBytes >= usable) {
    throw new MetricInputError(
      `The weights (${m.weightBytes.toExponential(3)} bytes) do not fit in the usable GPU memory (${usable.toExponential(3)} bytes): shard the model across GPUs, quantize it, or pick a larger GPU.`,
      'weightBytes',
    );
  }
  return Math.floor((usable - m.weightBytes) / (m.kvBytesPerToken * m.tokensPerSequence));
}

export interface DecodeInput {
  memoryBandwidthBytesPerSecond: number;
  weightBytes: number;
  /** Sequences decoded together in one step. */
  batch: number;
  /** Context tokens each sequence attends over (its KV cache length). */
  contextTokens: number;
  kvBytesPerToken: number;
}

/** Memory-bound ceiling on tokens per second across the batch: batch · bandwidth / (weights + batch · context · kv). */
export function decodeTokensPerSecondUpperBound(m: DecodeInput): number {
  positive(m.memoryBandwidthBytesPerSecond, 'Memory bandwidth', 'every decoding step reads the weights through it', 'memoryBandwidthBytesPerSecond');
  positive(m.weightBytes, 'Weight memory', 'a model has weights', 'weightBytes');
  positiveInteger(m.batch, 'Batch size', 'batch');
  nonNegative(m.contextTokens, 'Context tokens', 'contextTokens');
  nonNegative(m.kvBytesPerToken, 'KV cache per token', 'kvBytesPerToken');
  const bytesPerStep = m.weightBytes + m.batch * m.contextTokens * m.kvBytesPerToken;
  return (m.batch * m.memoryBandwidthBytesPerSecond) / bytesPerStep;
}

/** Dollars per million generated tokens for a GPU billed by the hour: hourly cost / (tokens/s · 3,600) · 10⁶. */
export function costPerMillionTokens(gpuHourlyCost: number, tokensPerSecond: number): number {
  nonNegative(gpuHourlyCost, 'GPU hourly cost', 'gpuHourlyCost');
  positive(tokensPerSecond, 'Throughput', 'the cost is spread over the tokens it produces', 'tokensPerSecond');
  return (gpuHourlyCost / (tokensPerSecond * 3600)) * 1e6;
}
