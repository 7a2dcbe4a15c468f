/** LLM serving: a model's shape, a GPU and a price → memory, concurrency, a decode ceiling, GPUs and cost. */
import { LLM_FIELDS, LLM_RANGES, type LlmField } from '../../lib/capacity/llm-plan';
import type { CalculatorSpec, NumberField } from '../kit/spec';

const number = (key: LlmField, label: string, value: string, hint?: string): NumberField => ({
  kind: 'number',
  key,
  name: LLM_FIELDS[key],
  label,
  default: value,
  range: LLM_RANGES[key],
  ...(hint ? { hint } : {}),
  ...('integer' in LLM_RANGES[key] ? { whole: true } : {}),
});

// Defaults are the generative-AI chapter's worked example: an 8B model with grouped-query
// attention (32 layers, 8 KV heads of 128) in 16-bit on an 80 GB, 2 TB/s GPU, batch 32 at
// 2,000 tokens of context: about 2,624 tokens/s and USD 0.42 per million at USD 4 an hour.
export const llmServing = {
  title: 'LLM serving',
  description:
    'Enter a model’s size, precision and attention shape, a GPU’s memory, bandwidth and price, and a target load to get weight memory, KV cache per token and per sequence, concurrent sequences, a memory-bound decode rate, GPUs needed and cost per million tokens.',
  prefix: 'llm',
  presets: {
    list: [
      { id: 'default', label: '8B model, 80 GB GPU (the generative-AI chapter)' },
      { id: 'rag', label: 'RAG support assistant (7B GQA model)' },
      { id: 'conversational-assistant', label: 'Conversational assistant (70B model, FP8)' },
    ],
    load: () => import('./presets').then((m) => m.PRESETS),
  },
  fields: [
    number('paramsBillions', 'Parameters (billions)', '8'),
    number('bytesPerWeight', 'Bytes per weight', '2', '2 for fp16/bf16, 1 for fp8/int8, 0.5 for 4-bit.'),
    number('layers', 'Layers', '32'),
    number('kvHeads', 'KV heads', '8', 'Fewer than the query heads under grouped-query attention.'),
    number('headDim', 'Head dimension', '128'),
    number('bytesPerKvValue', 'Bytes per cached value', '2', '2 for a 16-bit KV cache, 1 for fp8.'),
    number('contextTokens', 'Tokens per sequence (prompt + output)', '2,000'),
    number('gpuMemoryGB', 'GPU memory (GB)', '80'),
    number('reservedFraction', 'Memory held back for activations (0–0.99)', '0.1'),
    number('bandwidthTBps', 'Memory bandwidth (TB/s)', '2'),
    number('batch', 'Batch size (sequences decoded together)', '32'),
    number('targetTokensPerSecond', 'Target generated tokens per second (fleet)', '100,000'),
    number('gpuHourlyCost', 'GPU price per hour (USD)', '4'),
  ],
} as const satisfies CalculatorSpec;
