import { describe, expect, it } from 'vitest';
import { InputError } from '../input';
import { costPerMillionTokens, decodeTokensPerSecondUpperBound, kvCacheBytesPerToken, maxConcurrentSequences } from './llm';

// Published shapes (Touvron et al., "Llama 2", arXiv 2307.09288, and the models' config files):
// Llama 2 7B: 32 layers, 32 KV heads (no GQA), head dim 128; Llama 2 70B: 80 layers, 8 KV heads (GQA), head dim 128.
const llama7b = { layers: 32, kvHeads: 32, headDim: 128, bytesPerValue: 2 };
const llama70b = { layers: 80, kvHeads: 8, headDim: 128, bytesPerValue: 2 };
const GB = 1e9;

describe('kvCacheBytesPerToken', () => {
  it('is 2 · layers · kvHeads · headDim · bytes', () => {
    expect(kvCacheBytesPerToken(llama7b)).toBe(512 * 1024); // 0.5 MiB per token in fp16
    expect(kvCacheBytesPerToken(llama70b)).toBe(320 * 1024); // GQA: 320 KiB per token
    expect(kvCacheBytesPerToken({ ...llama70b, bytesPerValue: 1 })).toBe(160 * 1024); // fp8 KV halves it
  });
  it('refuses non-positive or fractional counts', () => {
    expect(() => kvCacheBytesPerToken({ ...llama7b, layers: 0 })).toThrow(/Layers must be a whole number of 1 or more/);
    expect(() => kvCacheBytesPerToken({ ...llama7b, kvHeads: 2.5 })).toThrow(/KV heads/);
    expect(() => kvCacheBytesPerToken({ ...llama7b, headDim: -128 })).toThrow(/Head dimension/);
    expect(() => kvCacheBytesPerToken({ ...llama7b, bytesPerValue: 0 })).toThrow(/Bytes per value/);
    const thrown = (() => {
      try {
        kvCacheBytesPerToken({ ...llama7b, layers: Number.NaN });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(InputError);
    expect(thrown).toMatchObject({ field: 'layers' });
  });
});

describe('maxConcurrentSequences', () => {
  it('divides the memory left after the weights by the KV cache per sequence', () => {
    // 80 GB GPU, 7B fp16 = 14 GB of weights: 66 GB free; 4,096 tokens × 0.5 MiB = 2 GiB (2,147,483,648 B) each → 30.
    expect(maxConcurrentSequences({ gpuMemoryBytes: 80 * GB, weightBytes: 14 * GB, kvBytesPerToken: 524_288, tokensPerSequence: 4096 })).toBe(30);
    // Keeping 10% back: 72 − 14 = 58 GB → 27.
    expect(
      maxConcurrentSequences({ gpuMemoryBytes: 80 * GB, weightBytes: 14 * GB, kvBytesPerToken: 524_288, tokensPerSequence: 4096, reservedFraction: 0.1 }),
    ).toBe(27);
  });
  it('refuses weights that do not fit, and impossible shares', () => {
    expect(() => maxConcurrentSequences({ gpuMemoryBytes: 80 * GB, weightBytes: 140 * GB, kvBytesPerToken: 327_680, tokensPerSequence: 4096 })).toThrow(
      /do not fit/,
    );
    expect(() =>
      maxConcurrentSequences({ gpuMemoryBytes: 80 * GB, weightBytes: 14 * GB, kvBytesPerToken: 1, tokensPerSequence: 1, reservedFraction: 1 }),
    ).toThrow(/below 1/);
    expect(() => maxConcurrentSequences({ gpuMemoryBytes: 80 * GB, weightBytes: 14 * GB, kvBytesPerToken: 0, tokensPerSequence: 1 })).toThrow(/KV cache/);
  });
});

describe('decodeTokensPerSecondUpperBound', () => {
  it('is batch · bandwidth / (weights + batch · context · kv)', () => {
    // 2 TB/s, 14 GB of weights, one sequence with no context: 2e12 / 14e9 ≈ 142.857 tokens/s.
    expect(decodeTokensPerSecondUpperBound({ memoryBandwidthBytesPerSecond: 2e12, weightBytes: 14 * GB, batch: 1, contextTokens: 0, kvBytesPerToken: 524_288 })).toBeCloseTo(
      142.857142857,
      6,
    );
    // Batch 16 at 1,000 tokens of context: 16 · 2e12 / (14e9 + 16 · 1000 · 524,288) = 32e12 / 22.388608e9 ≈ 1429.3.
    expect(
      decodeTokensPerSecondUpperBound({ memoryBandwidthBytesPerSecond: 2e12, weightBytes: 14 * GB, batch: 16, contextTokens: 1000, kvBytesPerToken: 524_288 }),
    ).toBeCloseTo(32e12 / 22.388608e9, 6);
  });
  it('refuses zero bandwidth and fractional batches', () => {
    expect(() => decodeTokensPerSecondUpperBound({ memoryBandwidthBytesPerSecond: 0, weightBytes: 1, batch: 1, contextTokens: 0, kvBytesPerToken: 0 })).toThrow(
      /Memory bandwidth must be greater than 0/,
    );
    expect(() => decodeTokensPerSecondUpperBound({ memoryBandwidthBytesPerSecond: 1, weightBytes: 1, batch: 1.5, contextTokens: 0, kvBytesPerToken: 0 })).toThrow(
      /Batch size/,
    );
  });
});

describe('costPerMillionTokens', () => {
  it('spreads the hourly price over the tokens an hour produces', () => {
    // $2/h at 1,000 tokens/s: 3.6M tokens an hour → $0.5556 per million.
    expect(costPerMillionTokens(2, 1000)).toBeCloseTo(2 / 3.6, 12);
    expect(costPerMillionTokens(0, 1000)).toBe(0);
  });
  it('refuses zero throughput and negative prices', () => {
    expect(() => costPerMillionTokens(2, 0)).toThrow(/Throughput must be greater than 0/);
    expect(() => costPerMillionTokens(-1, 10)).toThrow(/cannot be negative/);
  });
});
