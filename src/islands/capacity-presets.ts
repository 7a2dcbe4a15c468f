/**
 * Presets for the capacity estimator. Where a handbook page states a number, the preset
 * uses it (the page is named in `source`); every other number is this calculator's own
 * assumption, chosen to be plausible, for practice, not a real company's figures.
 */

/** Latency stages are kept as one JSON string ([name, ms] pairs) so they fit in the URL state. */
const stages = (rows: [string, number][]) => JSON.stringify(rows.map(([name, ms]) => [name, String(ms)]));

export interface CapacityPreset {
  id: string;
  label: string;
  /** Where its numbers come from, in one or two sentences. */
  source: string;
  values: {
    dau: string;
    actions: string;
    peak: string;
    itemsCount: string;
    itemsBytes: string;
    itemsDays: string;
    featCount: string;
    featBytes: string;
    featDays: string;
    logsCount: string;
    logsBytes: string;
    logsDays: string;
    replication: string;
    n: string;
    d: string;
    enc: string;
    pqM: string;
    graph: string;
    hnswM: string;
    work: string;
    throughput: string;
    util: string;
    spares: string;
    budget: string;
    stages: string;
  };
}

export const PRESETS: readonly CapacityPreset[] = [
  {
    id: 'feed',
    label: 'Feed ranking',
    source:
      'From the personalized news feed case study: 400M DAU × 12 feed requests with a 2.5× peak; post metadata (250M a day × 1 KB, kept a year), fp16 user embeddings (2B × 256 × 2 B) and 30 days of training logs; the out-of-network HNSW index (100M × 128-d fp16, M = 32) at 3 ANN queries per request and 5,000 per replica; and its 250 ms page budget. Replication ×3 is this calculator’s assumption.',
    values: {
      dau: '400,000,000',
      actions: '12',
      peak: '2.5',
      itemsCount: '250,000,000',
      itemsBytes: '1,000',
      itemsDays: '365',
      featCount: '2,000,000,000',
      featBytes: '512',
      featDays: '1',
      logsCount: '5,850,000,000',
      logsBytes: '1,500',
      logsDays: '30',
      replication: '3',
      n: '100,000,000',
      d: '128',
      enc: 'float16',
      pqM: '16',
      graph: 'hnsw',
      hnswM: '32',
      work: '3',
      throughput: '5,000',
      util: '1',
      spares: '0',
      budget: '250',
      stages: stages([
        ['Viewer features', 15],
        ['Parallel candidate fanout', 50],
        ['Filters', 10],
        ['Light ranker', 15],
        ['Hydrate 500 candidates', 40],
        ['Heavy ranker', 70],
        ['Value, demotions, rerank', 15],
      ]),
    },
  },
  {
    id: 'ads',
    label: 'Ad click prediction',
    source:
      'From the ad click prediction case study: 1B DAU × 20 ad impressions (one auction each) with a 3× peak; 200 candidates per auction for the heavy ranker at 50,000 predictions/s per server with 40% headroom (utilisation 0.714 ≈ 1/1.4); 20M ad vectors of 64 dims in fp16; 1.19B training examples a day × 2 KB for 30 days; and its 100 ms ads-stack budget. The 1 KB of metadata per ad and replication ×3 are this calculator’s assumptions.',
    values: {
      dau: '1,000,000,000',
      actions: '20',
      peak: '3',
      itemsCount: '20,000,000',
      itemsBytes: '1,000',
      itemsDays: '1',
      featCount: '20,000,000',
      featBytes: '128',
      featDays: '1',
      logsCount: '1,190,000,000',
      logsBytes: '2,000',
      logsDays: '30',
      replication: '3',
      n: '20,000,000',
      d: '64',
      enc: 'float16',
      pqM: '8',
      graph: 'none',
      hnswM: '16',
      work: '200',
      throughput: '50,000',
      util: '0.714',
      spares: '0',
      budget: '100',
      stages: stages([
        ['Retrieval and user features', 20],
        ['Ad feature fetch', 10],
        ['Pre-ranker', 10],
        ['Heavy ranker', 35],
        ['Recalibration, auction, pacing', 5],
        ['Network and serialization', 15],
      ]),
    },
  },
  {
    id: 'visual',
    label: 'Visual search index',
    source:
      'This calculator’s own assumptions: 20M DAU × 5 image searches, 3× peak; 500M catalogue images of 200 KB; 512-d float32 vectors kept on disk for exact re-ranking; 90 days of query logs; an in-memory IVF-PQ index with m = 64 (the IVF lists’ ids are not counted); 500 queries/s per replica at 60% utilisation plus one spare; a 200 ms budget.',
    values: {
      dau: '20,000,000',
      actions: '5',
      peak: '3',
      itemsCount: '500,000,000',
      itemsBytes: '200,000',
      itemsDays: '1',
      featCount: '500,000,000',
      featBytes: '2,048',
      featDays: '1',
      logsCount: '100,000,000',
      logsBytes: '1,000',
      logsDays: '90',
      replication: '3',
      n: '500,000,000',
      d: '512',
      enc: 'pq',
      pqM: '64',
      graph: 'none',
      hnswM: '16',
      work: '1',
      throughput: '500',
      util: '0.6',
      spares: '1',
      budget: '200',
      stages: stages([
        ['Upload and decode image', 40],
        ['Query embedding on GPU', 35],
        ['ANN search (IVF-PQ)', 30],
        ['Exact re-rank of top 500', 25],
        ['Metadata and filters', 20],
        ['Network and serialization', 30],
      ]),
    },
  },
  {
    id: 'rag',
    label: 'RAG assistant',
    source:
      'This calculator’s own assumptions: 1M DAU × 10 questions, 4× peak; 10M source documents of 20 KB split into 50M chunks (2 KB of text and metadata each); 30 days of 20 KB conversation logs; 768-d fp16 chunk embeddings under HNSW with M = 16; about 400 generated tokens per answer on GPUs sustaining 2,000 tokens/s each at 70% utilisation, plus two spares; a 1 s budget to the first token.',
    values: {
      dau: '1,000,000',
      actions: '10',
      peak: '4',
      itemsCount: '10,000,000',
      itemsBytes: '20,000',
      itemsDays: '1',
      featCount: '50,000,000',
      featBytes: '2,000',
      featDays: '1',
      logsCount: '10,000,000',
      logsBytes: '20,000',
      logsDays: '30',
      replication: '3',
      n: '50,000,000',
      d: '768',
      enc: 'float16',
      pqM: '96',
      graph: 'hnsw',
      hnswM: '16',
      work: '400',
      throughput: '2,000',
      util: '0.7',
      spares: '2',
      budget: '1,000',
      stages: stages([
        ['Query rewrite (small model)', 150],
        ['Query embedding', 20],
        ['Hybrid retrieval (ANN + keyword)', 60],
        ['Cross-encoder re-rank of 50 chunks', 120],
        ['Prompt assembly', 10],
        ['Prefill to first token', 500],
        ['Safety check', 40],
      ]),
    },
  },
];
