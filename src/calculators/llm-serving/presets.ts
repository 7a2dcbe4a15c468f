/**
 * Presets for the LLM serving calculator. Model shapes come from the sources the pages cite;
 * GPU memory, bandwidth, price and load are the pages' labelled assumptions.
 */
import type { Preset } from '../kit/spec';

export const PRESETS: readonly Preset[] = [
  {
    id: 'default',
    label: '8B model, 80 GB GPU (the generative-AI chapter)',
    source:
      'The generative-AI chapter’s worked example, all assumptions: an 8B model with 32 layers and 8 KV heads of 128 in 16-bit, sequences of 2,000 tokens decoded 32 at a time, on an 80 GB GPU with 2 TB/s at USD 4 an hour, 10% of memory held back, for 100,000 generated tokens a second.',
    values: {},
  },
  {
    id: 'rag',
    label: 'RAG support assistant (7B GQA model)',
    source:
      'From the RAG support assistant case study: the shape of Mistral 7B (32 layers, 8 KV heads of 128; about 7.24B parameters) in bf16, 4,096-token sequences; an 80 GB GPU with 10% held back and 3.35 TB/s at USD 4 an hour, batch 107 (all that fits) and the case’s peak of 185,185 generated tokens a second. GPU, bandwidth, price and load are the case study’s assumptions.',
    values: {
      paramsBillions: '7.24',
      bytesPerWeight: '2',
      layers: '32',
      kvHeads: '8',
      headDim: '128',
      bytesPerKvValue: '2',
      contextTokens: '4,096',
      gpuMemoryGB: '80',
      reservedFraction: '0.1',
      bandwidthTBps: '3.35',
      batch: '107',
      targetTokensPerSecond: '185,185',
      gpuHourlyCost: '4',
    },
  },
  {
    id: 'conversational-assistant',
    label: 'Conversational assistant (70B model, FP8)',
    source:
      'From the conversational assistant case study: Llama 3.1 70B’s shape (80 layers, 8 KV heads of 128) with FP8 weights and a bf16 KV cache, 4,096-token sequences, batch 42 (all that fits); a 141 GB, 4.8 TB/s accelerator at USD 4 an hour with 10% held back, for 729,000 generated tokens a second. Accelerator, price and load are the case study’s assumptions.',
    values: {
      paramsBillions: '70',
      bytesPerWeight: '1',
      layers: '80',
      kvHeads: '8',
      headDim: '128',
      bytesPerKvValue: '2',
      contextTokens: '4,096',
      gpuMemoryGB: '141',
      reservedFraction: '0.1',
      bandwidthTBps: '4.8',
      batch: '42',
      targetTokensPerSecond: '729,000',
      gpuHourlyCost: '4',
    },
  },
];
