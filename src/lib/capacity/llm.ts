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
import { InputError } from '../input';
import { nonNegative, positive, positiveInteger } from '../validate';

export interface KvShape {
  layers: number;
  kvHeads: number;
  headDim: number;
  /** 2 for fp16/bf16, 1 for fp8/int8. */
  bytesPerValue: number;
}

/** Bytes of KV cache each token of context occupies: 2 · layers · kvHeads · headDim · bytesPerValue. */
export function kvCacheBytesPerToken(m: KvShape): number {
  positiveInteger(m.layers, 'layers', 'Layers');
  positiveInteger(m.kvHeads, 'kvHeads', 'KV heads');
  positiveInteger(m.headDim, 'headDim', 'Head dimension');
  positive(m.bytesPerValue, 'bytesPerValue', 'Bytes per value', 'every cached value takes some memory');
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
  positive(m.gpuMemoryBytes, 'gpuMemoryBytes', 'GPU memory', 'the model must fit in it');
  positive(m.weightBytes, 'weightBytes', 'Weight memory', 'a model has weights');
  positive(m.kvBytesPerToken, 'kvBytesPerToken', 'KV cache per token', 'it is divided by');
  positiveInteger(m.tokensPerSequence, 'tokensPerSequence', 'Tokens per sequence');
  const reserved = nonNegative(m.reservedFraction ?? 0, 'reservedFraction', 'Reserved share');
  if (reserved >= 1) {
    throw new InputError(`Reserved share must be below 1 (got ${reserved}): nothing would be left for the model.`, 'reservedFraction');
  }
  const usable = m.gpuMemoryBytes * (1 - reserved);
  if (m.weightBytes >= usable) {
    throw new InputError(
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
  positive(m.memoryBandwidthBytesPerSecond, 'memoryBandwidthBytesPerSecond', 'Memory bandwidth', 'every decoding step reads the weights through it');
  positive(m.weightBytes, 'weightBytes', 'Weight memory', 'a model has weights');
  positiveInteger(m.batch, 'batch', 'Batch size');
  nonNegative(m.contextTokens, 'contextTokens', 'Context tokens');
  nonNegative(m.kvBytesPerToken, 'kvBytesPerToken', 'KV cache per token');
  const bytesPerStep = m.weightBytes + m.batch * m.contextTokens * m.kvBytesPerToken;
  return (m.batch * m.memoryBandwidthBytesPerSecond) / bytesPerStep;
}

/** Dollars per million generated tokens for a GPU billed by the hour: hourly cost / (tokens/s · 3,600) · 10⁶. */
export function costPerMillionTokens(gpuHourlyCost: number, tokensPerSecond: number): number {
  nonNegative(gpuHourlyCost, 'gpuHourlyCost', 'GPU hourly cost');
  positive(tokensPerSecond, 'tokensPerSecond', 'Throughput', 'the cost is spread over the tokens it produces');
  return (gpuHourlyCost / (tokensPerSecond * 3600)) * 1e6;
}
