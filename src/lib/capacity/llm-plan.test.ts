import { describe, expect, it } from 'vitest';
import { llmServingPlan, type LlmInput } from './llm-plan';

// Llama 2 7B's shape (32 layers, 32 KV heads of 128) in fp16 on an 80 GB, 2 TB/s GPU.
const base: LlmInput = {
  paramsBillions: 7,
  bytesPerWeight: 2,
  layers: 32,
  kvHeads: 32,
  headDim: 128,
  bytesPerKvValue: 2,
  contextTokens: 4096,
  gpuMemoryGB: 80,
  reservedFraction: 0,
  bandwidthTBps: 2,
  batch: 16,
  targetTokensPerSecond: 10_000,
  gpuHourlyCost: 2,
};

describe('llmServingPlan', () => {
  it('works from shape and GPU to fleet and price', () => {
    const p = llmServingPlan(base);
    expect(p.weightBytes).toBe(14e9);
    expect(p.kvBytesPerToken).toBe(524_288);
    expect(p.kvBytesPerSequence).toBe(524_288 * 4096); // 2 GiB
    expect(p.maxSequences).toBe(30); // (80 − 14) GB ÷ 2.147 GB
    // 16 · 2e12 / (14e9 + 16 · 4096 · 524,288) = 3.2e13 / 4.83597e10
    const bound = 3.2e13 / (14e9 + 16 * 4096 * 524_288);
    expect(p.decodeTokensPerSecond).toBeCloseTo(bound, 9);
    expect(p.stepMs).toBeCloseTo((16 / bound) * 1000, 9);
    expect(p.gpus).toBe(Math.ceil(10_000 / bound)); // 662 tokens/s each → 16 GPUs
    expect(p.gpus).toBe(16);
    expect(p.costPerMillionTokens).toBeCloseTo((2 / (bound * 3600)) * 1e6, 9);
    expect(p.fleetCostPerHour).toBe(32);
  });

  it('reproduces the RAG case study: Mistral 7B’s shape in bf16 on an 80 GB, 3.35 TB/s GPU', () => {
    const p = llmServingPlan({ ...base, paramsBillions: 7.24, kvHeads: 8, bandwidthTBps: 3.35, reservedFraction: 0.1, batch: 107, targetTokensPerSecond: 185_185, gpuHourlyCost: 4 });
    expect(p.kvBytesPerToken).toBe(131_072);
    expect(p.maxSequences).toBe(107);
    expect(p.decodeTokensPerSecond).toBeCloseTo(4983.65, 1);
    expect(p.gpus).toBe(38);
    expect(p.costPerMillionTokens).toBeCloseTo(0.223, 3);
  });

  it('refuses a batch the KV cache cannot hold, naming the most that fits', () => {
    expect(() => llmServingPlan({ ...base, batch: 31 })).toThrow(/at most 30 sequences/);
  });

  it('refuses weights larger than the GPU and sequences that do not fit', () => {
    expect(() => llmServingPlan({ ...base, paramsBillions: 70 })).toThrow(expect.objectContaining({ field: 'paramsBillions' }));
    expect(() => llmServingPlan({ ...base, contextTokens: 200_000 })).toThrow(/Not one sequence of 200,000 tokens fits/);
  });

  it('refuses values outside their documented ranges, naming the range', () => {
    expect(() => llmServingPlan({ ...base, layers: 0 })).toThrow('Layers must be a whole number from 1 to 10,000 (got 0).');
    expect(() => llmServingPlan({ ...base, gpuMemoryGB: 1e30 })).toThrow(/GPU memory must be greater than 0 and at most 100,000 GB/);
    expect(() => llmServingPlan({ ...base, reservedFraction: 1 })).toThrow(/Memory held back must be from 0 to 0.99/);
    expect(() => llmServingPlan({ ...base, bandwidthTBps: 0 })).toThrow(/Memory bandwidth/);
  });
});
