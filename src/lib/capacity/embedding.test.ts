import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embeddingMemory, type Encoding } from './embedding';

describe('embeddingMemory', () => {
  it('float32, float16 and int8 take 4, 2 and 1 bytes per dimension', () => {
    // 100M × 256 × 4 B = 102.4e9 B = 102.4 GB (decimal); half and a quarter of that for fp16, int8.
    expect(embeddingMemory({ vectors: 100_000_000, dimension: 256, encoding: 'float32' }).value.totalBytes).toBe(102.4e9);
    expect(embeddingMemory({ vectors: 100_000_000, dimension: 256, encoding: 'float16' }).value.totalBytes).toBe(51.2e9);
    expect(embeddingMemory({ vectors: 100_000_000, dimension: 256, encoding: 'int8' }).value.totalBytes).toBe(25.6e9);
  });

  it('product quantisation stores m bytes per vector plus 256 × d × 4 bytes of codebooks', () => {
    // m = 32: 100M × 32 B = 3.2e9 B = 3.2 GB; codebooks 256 × 256 × 4 = 262,144 B.
    const r = embeddingMemory({ vectors: 100_000_000, dimension: 256, encoding: 'pq', pqSubvectors: 32 });
    expect(r.value.bytesPerVector).toBe(32);
    expect(r.value.vectorBytes).toBe(3.2e9);
    expect(r.value.codebookBytes).toBe(262_144);
    expect(r.value.totalBytes).toBe(3_200_262_144);
    expect(r.steps.map((s) => s.id)).toEqual(['embedding-per-vector', 'embedding-vectors', 'embedding-codebooks', 'embedding-total']);
  });

  it('adds an HNSW base layer of M × 2 × 4 bytes per vector', () => {
    // M = 16: 16 × 2 × 4 = 128 B per vector; 100M × 128 B = 12.8e9 B = 12.8 GB.
    const r = embeddingMemory({ vectors: 100_000_000, dimension: 128, encoding: 'float32', hnswM: 16 });
    expect(r.value.graphBytes).toBe(12.8e9);
    // Plus vectors 100M × 128 × 4 = 51.2 GB: 64 GB, i.e. (d·4 + M·2·4) = 640 B per vector.
    expect(r.value.totalBytes).toBe(64e9);
  });

  it('matches the serving chapter and news-feed tables', () => {
    // Serving: d = 256, M = 32, float32: 1,024 + 256 = 1,280 B per vector → 128 GB for 100M.
    expect(embeddingMemory({ vectors: 100_000_000, dimension: 256, encoding: 'float32', hnswM: 32 }).value.totalBytes).toBe(128e9);
    // Serving: PQ m = 64 → 6.4 GB of codes.
    expect(embeddingMemory({ vectors: 100_000_000, dimension: 256, encoding: 'pq', pqSubvectors: 64 }).value.vectorBytes).toBe(6.4e9);
    // News feed: 100M × 128 × 2 B = 25.6 GB, graph "about as much again" (M = 32: 25.6 GB) → 51.2 GB.
    const feed = embeddingMemory({ vectors: 100_000_000, dimension: 128, encoding: 'float16', hnswM: 32 });
    expect([feed.value.vectorBytes, feed.value.graphBytes, feed.value.totalBytes]).toEqual([25.6e9, 25.6e9, 51.2e9]);
  });

  it('explains why m must divide d, with divisors that work', () => {
    // 100 = 2² × 5²: the divisors around 32 are 25 and 50.
    expect(() => embeddingMemory({ vectors: 10, dimension: 100, encoding: 'pq', pqSubvectors: 32 })).toThrow(
      'PQ sub-vectors (m) must divide the dimension d = 100 evenly, and 32 does not (100 ÷ 32 = 3.125). Nearest that do: 25 and 50.',
    );
    expect(() => embeddingMemory({ vectors: 10, dimension: 7, encoding: 'pq', pqSubvectors: 3 })).toThrow(/Nearest that do: 1 and 7\./);
    expect(() => embeddingMemory({ vectors: 10, dimension: 64, encoding: 'pq', pqSubvectors: 128 })).toThrow(/cannot exceed the dimension d = 64/);
    expect(() => embeddingMemory({ vectors: 10, dimension: 64, encoding: 'pq' })).toThrow(/needed for product quantisation/);
  });

  it('rejects fractional counts and impossible parameters', () => {
    expect(() => embeddingMemory({ vectors: 1.5, dimension: 64, encoding: 'int8' })).toThrow('Vectors (N) must be a whole number of 0 or more (got 1.5).');
    expect(() => embeddingMemory({ vectors: 10, dimension: 0, encoding: 'int8' })).toThrow('Dimension (d) must be a whole number of 1 or more (got 0).');
    expect(() => embeddingMemory({ vectors: 10, dimension: 64, encoding: 'int8', hnswM: 0 })).toThrow('HNSW M must be a whole number of 1 or more (got 0).');
    expect(() => embeddingMemory({ vectors: 10, dimension: 64, encoding: 'int4' as Encoding })).toThrow(/Encoding must be one of/);
  });

  const encodings = fc.constantFrom<Encoding>('float32', 'float16', 'int8', 'pq');
  const graph = fc.option(fc.integer({ min: 2, max: 64 }), { nil: undefined });

  it('memory never decreases as N grows', () => {
    fc.assert(
      fc.property(encodings, fc.nat({ max: 1e9 }), fc.nat({ max: 1e9 }), fc.integer({ min: 1, max: 64 }), graph, (encoding, a, b, k, hnswM) => {
        const [n1, n2] = a <= b ? [a, b] : [b, a];
        // d = 8k keeps m = 8 a divisor for PQ.
        const at = (n: number) => embeddingMemory({ vectors: n, dimension: 8 * k, encoding, pqSubvectors: 8, hnswM }).value.totalBytes;
        expect(at(n2)).toBeGreaterThanOrEqual(at(n1));
      }),
    );
  });

  it('memory never decreases as d grows', () => {
    fc.assert(
      fc.property(encodings, fc.nat({ max: 1e8 }), fc.integer({ min: 1, max: 512 }), fc.integer({ min: 1, max: 512 }), graph, (encoding, n, a, b, hnswM) => {
        const [k1, k2] = a <= b ? [a, b] : [b, a];
        const at = (k: number) => embeddingMemory({ vectors: n, dimension: 4 * k, encoding, pqSubvectors: 4, hnswM }).value.totalBytes;
        expect(at(k2)).toBeGreaterThanOrEqual(at(k1));
      }),
    );
  });
});
