import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddingMemory, type Encoding } from '../lib/capacity/embedding';
import { latencyBudget } from '../lib/capacity/latency';
import { replicas } from '../lib/capacity/replicas';
import { storage } from '../lib/capacity/storage';
import { requestRate } from '../lib/capacity/traffic';
import { inRange } from '../lib/input';
import { readNumber } from '../lib/number-text';
import { STORAGE_PARTS } from './capacity-estimator/spec';
import { readStages } from './capacity-estimator/stages';
import { defaultsOf, presetOf, type Values } from './kit/spec';
import { CALCULATOR_NAMES, CALCULATORS } from './registry';

const folder = (name: string, file: string) => new URL(`./${name}/${file}`, import.meta.url);

describe('the registry', () => {
  it('gives every calculator its own address prefix, and every field its own key and parameter', () => {
    const prefixes = Object.values(CALCULATORS).map((c) => c.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const spec of Object.values(CALCULATORS)) {
      const keys = spec.fields.map((f) => f.key);
      const params = spec.fields.map((f) => f.param ?? f.key);
      expect(new Set(keys).size, spec.title).toBe(keys.length);
      expect(new Set(params).size, spec.title).toBe(params.length);
    }
  });

  it('finds each calculator’s folder: its embed, its view and its Tools section', () => {
    for (const name of CALCULATOR_NAMES) {
      const embed = readFileSync(folder(name, 'Embed.astro'), 'utf8');
      const view = embed.match(/import View from '\.\/(\w+)'/)?.[1];
      expect(view, name).toBeTruthy();
      expect(existsSync(folder(name, `${view}.tsx`)), name).toBe(true);
      expect(readFileSync(folder(name, 'tools.md'), 'utf8')).toMatch(/^#{2,3} \S/);
    }
  });

  it('documents a sensible range for every numeric field, with choices and conditions that exist', () => {
    for (const spec of Object.values(CALCULATORS)) {
      for (const f of spec.fields) {
        for (const [choice, values] of Object.entries(f.when ?? {})) {
          const c = spec.fields.find((g) => g.key === choice);
          expect(c?.kind, `${spec.title}: ${f.key} depends on ${choice}`).toBe('choice');
          for (const v of values) expect(c?.kind === 'choice' && c.options.some((o) => o.value === v)).toBe(true);
        }
        if (f.kind !== 'number') continue;
        expect(f.range.min, `${spec.title}: ${f.key}`).toBeLessThan(f.range.max);
        if (f.boundBy) expect(spec.fields.some((g) => g.key === f.boundBy)).toBe(true);
      }
    }
  });

  it('starts every calculator on values inside their ranges', async () => {
    for (const spec of Object.values(CALCULATORS)) {
      const all = spec.presets ? await spec.presets.load() : [undefined];
      if (spec.presets) expect(all.map((p) => p?.id)).toEqual(spec.presets.list.map((p) => p.id));
      for (const preset of all) {
        const values: Values = defaultsOf(spec, preset);
        for (const f of spec.fields) {
          if (f.kind === 'choice')
            expect(
              f.options.map((o) => o.value),
              `${spec.title} ${preset?.id}: ${f.key}`,
            ).toContain(values[f.key]);
          if (f.kind !== 'number' || values[f.key] === '') continue;
          const reading = readNumber(values[f.key]!);
          expect(reading.ok && inRange(reading.value, f.range), `${spec.title} ${preset?.id ?? ''}: ${f.key} = ${values[f.key]}`).toBe(true);
        }
      }
    }
  });

  it('refuses an unknown preset, naming the ones there are', async () => {
    await expect(presetOf(CALCULATORS['capacity-estimator'], 'nope')).rejects.toThrow('choose one of feed, ads, visual, rag, pymk, events, video');
    await expect(presetOf(CALCULATORS['roc-pr'], 'ads')).rejects.toThrow('has no presets');
  });
});

describe('capacity presets', () => {
  const num = (v: Values, key: string) => {
    const r = readNumber(v[key]!);
    if (!r.ok) throw new Error(`${key} = ${v[key]}`);
    return r.value;
  };
  const estimate = async (id: string) => {
    const spec = CALCULATORS['capacity-estimator'];
    const v = defaultsOf(spec, await presetOf(spec, id));
    const traffic = requestRate({
      dailyActiveUsers: num(v, 'dailyActiveUsers'),
      actionsPerUserPerDay: num(v, 'actionsPerUserPerDay'),
      peakFactor: num(v, 'peakFactor'),
    });
    const stored = storage({
      components: STORAGE_PARTS.map((p) => ({
        key: p.key,
        label: p.label,
        count: num(v, `${p.key}.count`),
        bytesEach: num(v, `${p.key}.bytesEach`),
        days: num(v, `${p.key}.days`),
      })),
      replication: num(v, 'replication'),
    });
    const index = embeddingMemory({
      vectors: num(v, 'vectors'),
      dimension: num(v, 'dimension'),
      encoding: v.encoding as Encoding,
      pqSubvectors: v.encoding === 'pq' ? num(v, 'pqSubvectors') : undefined,
      hnswM: v.graph === 'hnsw' ? num(v, 'hnswM') : undefined,
    });
    const fleet = replicas({
      peakQps: traffic.value.peak,
      workPerRequest: num(v, 'workPerRequest'),
      throughputPerReplica: num(v, 'throughputPerReplica'),
      utilization: num(v, 'utilization'),
      spares: num(v, 'spares'),
    });
    const budget = latencyBudget({ budgetMs: num(v, 'budgetMs'), stages: readStages(v.stages!, '[]').map(([name, ms]) => ({ name, ms: Number(ms) })) });
    return { traffic: traffic.value, stored: stored.value, index: index.value, fleet: fleet.value, budget: budget.value };
  };

  it('reproduce the sizing on the case-study pages they open on', async () => {
    // People you may know: 160M × 4 ÷ 86,400 × 2.5 = 18,518.5 QPS (the page: about 18,500); PQ 800M × 64 B = 51.2 GB;
    // 3.84 TB of candidates; critical path 25 + 30 + 15 + 35 + 10 = 115 ms, 35 ms under 150.
    const pymk = await estimate('pymk');
    expect(pymk.traffic.peak).toBeCloseTo(18_518.5, 0);
    expect(pymk.index.vectorBytes).toBe(51.2e9);
    expect(pymk.stored.components[0]!.bytes).toBe(3.84e12);
    expect(pymk.budget.slackMs).toBe(35);
    // Events: 8M × 5 ÷ 86,400 × 4 = 1,851.9 QPS; 1,851.9 ÷ (300 × 0.769) = 8.03 → 9 pods + 1 spare = 10 (the page's 10);
    // 2.5M × 64 × 4 B = 640 MB; 14.4M × 180 B × 21 = 54.4 GB (the page: about 54 GB); 200 ms exactly.
    const events = await estimate('events');
    expect(events.traffic.peak).toBeCloseTo(1851.85, 1);
    expect(events.fleet.total).toBe(10);
    expect(events.index.totalBytes).toBe(640e6);
    expect(events.stored.components[2]!.bytes).toBeCloseTo(54.432e9, -6);
    expect(events.budget.slackMs).toBe(0);
    // Video: 500M × 8 ÷ 86,400 × 3 = 138,889 QPS (about 140,000); ÷ 2,000 = 69.4 → 70 replicas (the page's 70);
    // int8 100M × 128 = 12.8 GB; 150 ms of 200 (50 ms of slack).
    const video = await estimate('video');
    expect(video.traffic.peak).toBeCloseTo(138_888.9, 0);
    expect(video.fleet.total).toBe(70);
    expect(video.index.totalBytes).toBe(12.8e9);
    expect(video.budget.slackMs).toBe(50);
    // Ad click prediction: 3,891 servers (the page: about 3,900); feed: 84 replicas.
    expect((await estimate('ads')).fleet.needed).toBe(3891);
    expect((await estimate('feed')).fleet.needed).toBe(84);
  });
});
