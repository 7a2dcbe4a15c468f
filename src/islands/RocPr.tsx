/**
 * ROC and precision–recall curves of a scored sample (pasted, loaded from a file, or a
 * seeded synthetic binormal sample), with a threshold that moves one point along both
 * curves and shows the confusion matrix there. Thin over src/lib/metrics: parsing and
 * drawing here, every formula there.
 */
import { useMemo, useState } from 'preact/hooks';
import { classificationMetrics } from '../lib/metrics/classification';
import { averagePrecision, precisionRecallCurve, rocAuc, rocCurve } from '../lib/metrics/curves';
import { parseScoredRows } from '../lib/metrics/scored-rows';
import { syntheticSample } from '../lib/metrics/synthetic';
import { bestF1Index, nearestPointIndex, nearestThresholdIndex, operatingPoints, prStepPolyline } from '../lib/metrics/threshold';
import { Field, InvalidNote, Results, Select } from './shared/Field';
import { fmt, int } from './shared/format';
import { attempt, parseNumber } from './shared/parse';
import { useUrlState } from './shared/url-state';

// Defaults teach that ROC-AUC flatters a rare-positive problem: with d′ = 1.5 and 10%
// positives the ROC-AUC is about 0.83 while average precision is about 0.44. The pasted
// rows default to scikit-learn's documented example (ROC-AUC 0.75, AP 0.8333).
// `t` is the chosen threshold; empty means "the one with the best F1".
const DEFAULTS = {
  mode: 'synthetic',
  d: '1.5',
  prevalence: '0.1',
  n: '500',
  seed: '1',
  rows: '0,0.1\n0,0.4\n1,0.35\n1,0.8',
  t: '',
};

/** Pasted rows longer than this stay out of the page address: servers refuse very long addresses. */
const MAX_URL_ROWS = 4000;
/** Largest file read: about 20,000 rows, the most the parser accepts. */
const MAX_FILE_BYTES = 512 * 1024;

type Point = readonly [number, number];

// Chart geometry, in SVG user units: a square plot with room for axis labels.
const X0 = 42;
const Y0 = 10;
const SIZE = 180;
const sx = (x: number) => X0 + x * SIZE;
const sy = (y: number) => Y0 + (1 - y) * SIZE;

/** SVG path through the points at 0.1-unit resolution, dropping points that land on the previous one. */
function pathOf(points: readonly Point[]): string {
  let d = '';
  let last = '';
  for (const [x, y] of points) {
    const xy = `${sx(x).toFixed(1)} ${sy(y).toFixed(1)}`;
    if (xy === last) continue;
    d += `${d ? 'L' : 'M'}${xy}`;
    last = xy;
  }
  return d;
}

interface ChartProps {
  id: string;
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  line: readonly Point[];
  /** Reference line (the diagonal or the prevalence baseline), labelled at `at`, turned by `angle` degrees. */
  reference: { from: Point; to: Point; label: string; at: Point; angle: number };
  /** One point per threshold, index-aligned with the slider. */
  candidates: readonly Point[];
  selected: number;
  onPick: (index: number) => void;
}

function Chart({ id, title, description, xLabel, yLabel, line, reference, candidates, selected, onPick }: ChartProps) {
  const path = useMemo(() => pathOf(line), [line]);
  const area = useMemo(() => `${path}L${sx(line.at(-1)![0])} ${sy(0)}L${sx(0)} ${sy(0)}Z`, [path]);
  const [mx, my] = candidates[selected]!;
  const pick = (e: PointerEvent) => {
    const svg = e.currentTarget as SVGSVGElement;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    onPick(nearestPointIndex(candidates, (p.x - X0) / SIZE, 1 - (p.y - Y0) / SIZE));
  };
  const ticks = [0, 0.5, 1];
  return (
    <figure class="roc-chart">
      <svg
        viewBox="0 0 230 232"
        role="img"
        aria-label={description}
        aria-describedby={`${id}-caption`}
        onPointerDown={(e) => {
          (e.currentTarget as SVGSVGElement).setPointerCapture(e.pointerId);
          pick(e);
        }}
        onPointerMove={(e) => {
          if ((e.currentTarget as SVGSVGElement).hasPointerCapture(e.pointerId)) pick(e);
        }}
      >
        <title>{title}</title>
        <rect class="roc-frame" x={X0} y={Y0} width={SIZE} height={SIZE} />
        {ticks.map((t) => (
          <g key={t}>
            <line class="roc-grid" x1={sx(t)} x2={sx(t)} y1={Y0} y2={Y0 + SIZE} />
            <line class="roc-grid" x1={X0} x2={X0 + SIZE} y1={sy(t)} y2={sy(t)} />
            <text class="roc-tick" x={sx(t)} y={Y0 + SIZE + 13} text-anchor="middle">
              {t}
            </text>
            <text class="roc-tick" x={X0 - 5} y={sy(t) + 4} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        <text class="roc-axis" x={X0 + SIZE / 2} y={Y0 + SIZE + 30} text-anchor="middle">
          {xLabel}
        </text>
        <text class="roc-axis" transform={`translate(12 ${Y0 + SIZE / 2}) rotate(-90)`} text-anchor="middle">
          {yLabel}
        </text>
        <path class="roc-area" d={area} />
        <line class="roc-reference" x1={sx(reference.from[0])} y1={sy(reference.from[1])} x2={sx(reference.to[0])} y2={sy(reference.to[1])} />
        <text class="roc-reference-label" transform={`translate(${sx(reference.at[0])} ${sy(reference.at[1])}) rotate(${reference.angle})`} text-anchor="middle">
          {reference.label}
        </text>
        <path class="roc-curve" d={path} />
        <line class="roc-guide" x1={sx(mx)} x2={sx(mx)} y1={sy(my)} y2={Y0 + SIZE} />
        <line class="roc-guide" x1={X0} x2={sx(mx)} y1={sy(my)} y2={sy(my)} />
        <circle class="roc-marker" cx={sx(mx)} cy={sy(my)} r={5} />
      </svg>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
    </figure>
  );
}

export default function RocPr() {
  const [s, set, setAll] = useUrlState('roc', DEFAULTS);
  // Rows too long for the address live here instead (and a shared link will not carry them).
  const [longRows, setLongRows] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const synthetic = s.mode !== 'paste';
  const rowsText = longRows ?? s.rows;

  /** Changing the data resets the threshold to the best-F1 one. */
  const setData = (key: keyof typeof DEFAULTS, value: string) => setAll((prev) => ({ ...prev, [key]: value, t: '' }));
  const setRows = (text: string) => {
    if (text.length > MAX_URL_ROWS) {
      setLongRows(text);
      setData('rows', '');
    } else {
      setLongRows(null);
      setData('rows', text);
    }
  };

  const data = useMemo(
    () =>
      attempt(() => {
        const { labels, scores } = synthetic
          ? syntheticSample({
              separation: parseNumber(s.d, 'separation'),
              prevalence: parseNumber(s.prevalence, 'prevalence'),
              size: parseNumber(s.n, 'size'),
              seed: parseNumber(s.seed, 'seed'),
            })
          : parseScoredRows(rowsText, 'rows');
        const points = operatingPoints(labels, scores);
        const roc = rocCurve(labels, scores);
        const metrics = points.map((p) => classificationMetrics(p));
        const positives = labels.reduce((sum, y) => sum + y, 0);
        return {
          points,
          metrics,
          auc: rocAuc(labels, scores),
          ap: averagePrecision(labels, scores),
          rocLine: roc.fpr.map((x, i): Point => [x, roc.tpr[i]!]),
          prLine: prStepPolyline(precisionRecallCurve(labels, scores)),
          rocCandidates: metrics.map((m): Point => [m.fpr, m.recall]),
          prCandidates: metrics.map((m): Point => [m.recall, m.precision]),
          bestF1: bestF1Index(points),
          positives,
          total: labels.length,
          prevalence: positives / labels.length,
        };
      }),
    [synthetic, s.d, s.prevalence, s.n, s.seed, rowsText],
  );

  const err = data.error;
  const errorFor = (...fields: string[]) => (err && err.field !== undefined && fields.includes(err.field) ? err.message : undefined);
  const v = data.value;
  const tValue = s.t.trim() === '' ? Number.NaN : Number(s.t);
  const k = v ? (Number.isFinite(tValue) ? nearestThresholdIndex(v.points, tValue) : v.bestF1) : 0;
  const choose = (index: number) => {
    if (v) set('t', String(v.points[index]!.threshold));
  };

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(`${file.name} is ${fmt(file.size / 1024, 0)} kB; this calculator reads files up to 512 kB (about 20,000 rows).`);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      setFileError(undefined);
      setRows(String(reader.result ?? ''));
    };
    reader.onerror = () => setFileError(`Could not read ${file.name}: ${reader.error?.message ?? 'unknown error'}.`);
    reader.readAsText(file);
  };

  const point = v?.points[k];
  const m = v?.metrics[k];

  return (
    <div class="calc">
      <div class="calc-inputs">
        <Select
          id="roc-mode"
          label="Data"
          value={synthetic ? 'synthetic' : 'paste'}
          onChange={(value) => setData('mode', value)}
          options={[
            { value: 'synthetic', label: 'Synthetic sample' },
            { value: 'paste', label: 'Paste or load rows' },
          ]}
        />
        {synthetic ? (
          <>
            <Field
              id="roc-d"
              label="Separation d′ (in standard deviations)"
              value={s.d}
              onInput={(value) => setData('d', value)}
              error={errorFor('separation')}
              hint="Negative scores ~ N(0, 1), positive scores ~ N(d′, 1), rounded to 3 decimals."
            />
            <Field id="roc-prevalence" label="Prevalence (share of positives)" value={s.prevalence} onInput={(value) => setData('prevalence', value)} error={errorFor('prevalence')} />
            <div class="calc-grid-2">
              <Field id="roc-n" label="Sample size n" value={s.n} onInput={(value) => setData('n', value)} error={errorFor('size')} inputMode="numeric" />
              <Field id="roc-seed" label="Seed" value={s.seed} onInput={(value) => setData('seed', value)} error={errorFor('seed')} inputMode="numeric" />
            </div>
            <div>
              <button type="button" onClick={() => setData('seed', String(((Number.parseInt(s.seed, 10) || 0) + 1) >>> 0))}>
                Draw another sample
              </button>
            </div>
          </>
        ) : (
          <>
            <Field
              id="roc-rows"
              label="Rows: label,score (one per line)"
              value={rowsText}
              onInput={setRows}
              error={errorFor('rows', 'labels', 'scores')}
              hint="Label 0 or 1; score any number, higher meaning more likely positive. A header line is fine."
              inputMode="text"
              multiline
              rows={8}
            />
            {longRows !== null && (
              <p class="calc-hint">These rows are too long to keep in the page address, so a copied link will not include them.</p>
            )}
            <div class={`calc-field${fileError ? ' calc-field--error' : ''}`}>
              <label for="roc-file">Or load a .csv or .txt file of rows</label>
              <input
                id="roc-file"
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                onChange={onFile}
                aria-invalid={fileError ? true : undefined}
                aria-describedby={fileError ? 'roc-file-error' : undefined}
              />
              {fileError && (
                <p id="roc-file-error" class="calc-error">
                  {fileError}
                </p>
              )}
            </div>
          </>
        )}
        {v && point && (
          <div class="calc-field">
            <label for="roc-threshold">Threshold: flag items scoring ≥ {fmt(point.threshold, 4)}</label>
            <input
              id="roc-threshold"
              class="roc-range"
              type="range"
              min={0}
              max={v.points.length - 1}
              step={1}
              value={k}
              aria-valuetext={`score ≥ ${fmt(point.threshold, 4)}: recall ${fmt(m!.recall, 3)}, precision ${fmt(m!.precision, 3)}`}
              onInput={(e) => choose(Number((e.currentTarget as HTMLInputElement).value))}
            />
            <small class="calc-hint">
              {k === v.bestF1 ? 'This is the threshold with the best F1. ' : ''}Drag along either chart to pick a point.
            </small>
            {k !== v.bestF1 && (
              <div>
                <button type="button" onClick={() => set('t', '')}>
                  Go to the best-F1 threshold
                </button>
              </div>
            )}
          </div>
        )}
        {err && err.field === undefined && <p class="calc-error">{err.message}</p>}
      </div>

      <Results label="ROC and precision–recall curves">
        {v && point && m ? (
          <>
            <table class="calc-table">
              <caption class="sr-only">Summary of the curves</caption>
              <tbody>
                <tr data-metric="auc">
                  <th scope="row">ROC-AUC</th>
                  <td class="calc-num">{fmt(v.auc, 4)}</td>
                  <td class="calc-formula">random ranking: 0.5</td>
                </tr>
                <tr data-metric="ap">
                  <th scope="row">Average precision</th>
                  <td class="calc-num">{fmt(v.ap, 4)}</td>
                  <td class="calc-formula">random ranking: prevalence {fmt(v.prevalence, 4)}</td>
                </tr>
                <tr data-metric="items">
                  <th scope="row">Items</th>
                  <td class="calc-num">{int(v.total)}</td>
                  <td class="calc-formula">
                    {int(v.positives)} positive, {int(v.total - v.positives)} negative
                  </td>
                </tr>
              </tbody>
            </table>
            <div class="roc-charts">
              <Chart
                id="roc-roc"
                title="ROC curve"
                description={`ROC curve: true positive rate against false positive rate, area ${fmt(v.auc, 3)}, dashed diagonal for a random ranking. The marked threshold has false positive rate ${fmt(m.fpr, 3)} and true positive rate ${fmt(m.recall, 3)}.`}
                xLabel="False positive rate"
                yLabel="True positive rate (recall)"
                line={v.rocLine}
                reference={{ from: [0, 0], to: [1, 1], label: 'random', at: [0.8, 0.68], angle: -45 }}
                candidates={v.rocCandidates}
                selected={k}
                onPick={choose}
              />
              <Chart
                id="roc-pr"
                title="Precision–recall curve"
                description={`Precision–recall curve: precision against recall, area (average precision) ${fmt(v.ap, 3)}, dashed baseline at the prevalence ${fmt(v.prevalence, 3)}. The marked threshold has recall ${fmt(m.recall, 3)} and precision ${fmt(m.precision, 3)}.`}
                xLabel="Recall"
                yLabel="Precision"
                line={v.prLine}
                reference={{
                  from: [0, v.prevalence],
                  to: [1, v.prevalence],
                  label: 'prevalence',
                  // Below the line when there is room, else above it.
                  at: [0.2, v.prevalence > 0.12 ? v.prevalence - 0.07 : v.prevalence + 0.03],
                  angle: 0,
                }}
                candidates={v.prCandidates}
                selected={k}
                onPick={choose}
              />
            </div>
            <table class="calc-table roc-matrix">
              <caption>At threshold ≥ {fmt(point.threshold, 4)}</caption>
              <thead>
                <tr>
                  <td />
                  <th scope="col">Flagged (score ≥ t)</th>
                  <th scope="col">Not flagged</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Positive (1)</th>
                  <td class="calc-num" data-cell="tp">
                    TP {int(point.tp)}
                  </td>
                  <td class="calc-num" data-cell="fn">
                    FN {int(point.fn)}
                  </td>
                </tr>
                <tr>
                  <th scope="row">Negative (0)</th>
                  <td class="calc-num" data-cell="fp">
                    FP {int(point.fp)}
                  </td>
                  <td class="calc-num" data-cell="tn">
                    TN {int(point.tn)}
                  </td>
                </tr>
              </tbody>
            </table>
            <table class="calc-table">
              <caption class="sr-only">Rates at this threshold</caption>
              <tbody>
                <tr data-metric="precision">
                  <th scope="row">Precision</th>
                  <td class="calc-num">{fmt(m.precision, 4)}</td>
                  <td class="calc-formula">TP / (TP + FP)</td>
                </tr>
                <tr data-metric="recall">
                  <th scope="row">Recall (TPR)</th>
                  <td class="calc-num">{fmt(m.recall, 4)}</td>
                  <td class="calc-formula">TP / (TP + FN)</td>
                </tr>
                <tr data-metric="fpr">
                  <th scope="row">False positive rate</th>
                  <td class="calc-num">{fmt(m.fpr, 4)}</td>
                  <td class="calc-formula">FP / (FP + TN)</td>
                </tr>
                <tr data-metric="f1">
                  <th scope="row">F1</th>
                  <td class="calc-num">{fmt(m.f1, 4)}</td>
                  <td class="calc-formula">2TP / (2TP + FP + FN)</td>
                </tr>
              </tbody>
            </table>
          </>
        ) : (
          <InvalidNote message={err!.message} />
        )}
      </Results>
    </div>
  );
}
