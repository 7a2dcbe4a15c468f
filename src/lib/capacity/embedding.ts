/**
 * Memory for N embedding vectors of dimension d and, optionally, an HNSW graph over them.
 *
 * Bytes per vector by encoding:
 * - float32: 4·d; float16: 2·d; int8 scalar quantisation: d (the per-dimension scale and
 *   offset are negligible and ignored here);
 * - product quantisation (Jégou, Douze & Schmid, "Product Quantization for Nearest
 *   Neighbor Search", IEEE TPAMI 2011): the vector is cut into m sub-vectors of d/m
 *   dimensions, each stored as an 8-bit index into its own 256-centroid codebook, so m
 *   bytes per vector, plus the codebooks once: m × 256 centroids × (d/m) floats × 4 B =
 *   256 × d × 4 bytes. m must divide d.
 *
 * HNSW graph overhead, base layer only: M × 2 neighbour ids × 4 bytes per vector.
 * Malkov & Yashunin, "Efficient and robust approximate nearest neighbor search using
 * Hierarchical Navigable Small World graphs", IEEE TPAMI 42(4), 2020, arXiv:1603.09320:
 * every element sits on the base layer (layer 0), which keeps up to Mmax0 = 2·M
 * neighbours per element (the paper's recommended setting); upper layers keep up to M
 * per element but hold a geometrically shrinking share of the elements (the paper puts
 * the average at (Mmax0 + mL·Mmax) links per element, mL = 1/ln M), so they are left
 * out of this estimate. The total per element is then
 * d·4 + M·2·4 bytes over float32 vectors, the formula the Faiss wiki gives for
 * IndexHNSWFlat ("Guidelines to choose an index": "(d * 4 + M * 2 * 4) bytes per
 * vector"); hnswlib's ALGO_PARAMS.md puts the graph at "roughly M * 8-10 bytes per
 * stored element", of which 8·M is this base-layer term and the rest is upper layers and
 * bookkeeping. Treat the result as a lower bound on a real index.
 */
import { checkRange, InputError, type Range } from '../input';
import { count, positiveInteger } from '../validate';
import { finiteResult, num, type Estimate, type Step } from './steps';

export type Encoding = 'float32' | 'float16' | 'int8' | 'pq';

export const ENCODINGS: readonly { value: Encoding; label: string }[] = [
  { value: 'float32', label: 'float32 (4 B per dim)' },
  { value: 'float16', label: 'float16 (2 B per dim)' },
  { value: 'int8', label: 'int8 (1 B per dim)' },
  { value: 'pq', label: 'Product quantisation (m B)' },
];

const BYTES_PER_DIMENSION: Record<Exclude<Encoding, 'pq'>, number> = { float32: 4, float16: 2, int8: 1 };

/** Centroids per PQ codebook: 8-bit codes address 2⁸ of them. */
export const PQ_CENTROIDS = 256;
/** Bytes per neighbour id in the HNSW graph (32-bit ids). */
export const HNSW_ID_BYTES = 4;

export const EMBEDDING_FIELDS = {
  vectors: 'Vectors (N)',
  dimension: 'Dimension (d)',
  encoding: 'Encoding',
  pqSubvectors: 'PQ sub-vectors (m)',
  hnswM: 'HNSW M',
} as const;

/** Sensible ranges: beyond them a value is a typo, not an index to size. */
export const EMBEDDING_RANGES = {
  // A trillion vectors.
  vectors: { min: 0, max: 1e12, integer: true },
  // Published embedding models stay well below 2¹⁶ dimensions.
  dimension: { min: 1, max: 65_536, integer: true },
  pqSubvectors: { min: 1, max: 65_536, integer: true },
  // hnswlib's guidance puts useful M between 2 and 100; 512 links per element is far past it.
  hnswM: { min: 1, max: 512, integer: true },
} as const satisfies Record<Exclude<keyof typeof EMBEDDING_FIELDS, 'encoding'>, Range>;

export interface EmbeddingInput {
  vectors: number;
  dimension: number;
  encoding: Encoding;
  /** Required for `pq`: number of sub-vectors m, which must divide d. */
  pqSubvectors?: number | undefined;
  /** HNSW's M (links per element on upper layers); omit for a flat index with no graph. */
  hnswM?: number | undefined;
}

export interface EmbeddingResult {
  bytesPerVector: number;
  /** N × bytes per vector. */
  vectorBytes: number;
  /** PQ codebooks (0 for other encodings). */
  codebookBytes: number;
  /** HNSW base-layer graph (0 without a graph). */
  graphBytes: number;
  totalBytes: number;
}

function divisorsNear(d: number, m: number): number[] {
  let below = Math.min(m, d);
  while (below > 1 && d % below !== 0) below -= 1;
  let above = m;
  while (above <= d && d % above !== 0) above += 1;
  return above <= d ? [below, above] : [below];
}

export function embeddingMemory(input: EmbeddingInput): Estimate<EmbeddingResult> {
  const f = EMBEDDING_FIELDS;
  const r = EMBEDDING_RANGES;
  const n = checkRange(count(input.vectors, 'vectors', f.vectors), r.vectors, 'vectors', f.vectors);
  const d = checkRange(positiveInteger(input.dimension, 'dimension', f.dimension), r.dimension, 'dimension', f.dimension);
  if (!ENCODINGS.some((e) => e.value === input.encoding)) {
    throw new InputError(`${f.encoding} must be one of float32, float16, int8 or pq (got “${String(input.encoding)}”).`, 'encoding');
  }
  const steps: Step[] = [];
  let bytesPerVector: number;
  let codebookBytes = 0;

  if (input.encoding === 'pq') {
    if (input.pqSubvectors === undefined) {
      throw new InputError(`${f.pqSubvectors} is needed for product quantisation.`, 'pqSubvectors');
    }
    const m = positiveInteger(input.pqSubvectors, 'pqSubvectors', f.pqSubvectors);
    if (m > d) {
      throw new InputError(`${f.pqSubvectors} cannot exceed the dimension d = ${d}: each sub-vector needs at least one dimension (got ${m}).`, 'pqSubvectors');
    }
    if (d % m !== 0) {
      const near = divisorsNear(d, m);
      throw new InputError(
        `${f.pqSubvectors} must divide the dimension d = ${d} evenly, and ${m} does not (${d} ÷ ${m} = ${num(d / m)}). Nearest that do: ${near.join(' and ')}.`,
        'pqSubvectors',
      );
    }
    bytesPerVector = m;
    codebookBytes = PQ_CENTROIDS * d * 4;
    steps.push({
      id: 'embedding-per-vector',
      label: 'Bytes per vector',
      expression: `${num(m)} sub-vectors × 8 bits (1 B each)`,
      value: bytesPerVector,
      unit: 'bytes',
    });
  } else {
    const b = BYTES_PER_DIMENSION[input.encoding];
    bytesPerVector = d * b;
    steps.push({
      id: 'embedding-per-vector',
      label: 'Bytes per vector',
      expression: `${num(d)} dimensions × ${b} B (${input.encoding})`,
      value: bytesPerVector,
      unit: 'bytes',
    });
  }

  const vectorBytes = finiteResult(n * bytesPerVector, 'Vector memory');
  steps.push({
    id: 'embedding-vectors',
    label: 'Vectors',
    expression: `${num(n)} vectors × ${num(bytesPerVector)} B`,
    value: vectorBytes,
    unit: 'bytes',
  });
  if (input.encoding === 'pq') {
    steps.push({
      id: 'embedding-codebooks',
      label: 'PQ codebooks',
      expression: `${PQ_CENTROIDS} centroids × ${num(d)} dimensions × 4 B`,
      value: codebookBytes,
      unit: 'bytes',
    });
  }

  let graphBytes = 0;
  if (input.hnswM !== undefined) {
    const M = checkRange(positiveInteger(input.hnswM, 'hnswM', f.hnswM), r.hnswM, 'hnswM', f.hnswM);
    graphBytes = finiteResult(n * M * 2 * HNSW_ID_BYTES, 'Graph memory');
    steps.push({
      id: 'embedding-graph',
      label: 'HNSW graph (base layer)',
      expression: `${num(n)} vectors × ${num(M)} × 2 neighbours × ${HNSW_ID_BYTES} B`,
      value: graphBytes,
      unit: 'bytes',
    });
  }

  const totalBytes = finiteResult(vectorBytes + codebookBytes + graphBytes, 'Index memory');
  steps.push({
    id: 'embedding-total',
    label: 'Total',
    expression: ['vectors', input.encoding === 'pq' ? 'codebooks' : '', input.hnswM !== undefined ? 'graph' : ''].filter(Boolean).join(' + '),
    value: totalBytes,
    unit: 'bytes',
  });
  return { value: { bytesPerVector, vectorBytes, codebookBytes, graphBytes, totalBytes }, steps };
}
