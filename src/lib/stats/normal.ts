/**
 * The standard normal distribution: Φ, its inverse, and the 1-degree-of-freedom
 * chi-square tail that follows from it. Written here rather than taken from @stdlib
 * because the three calculators that need them must each ship under 12 KB of gzipped
 * JavaScript, and @stdlib's normal CDF and quantile alone weigh about 9 KB in the browser
 * bundle (most of it the machinery behind its portable `exp`). The unit tests check these
 * against @stdlib's implementations to 1e-13 and against published values.
 *
 * Method (textbook numerics, no fitted coefficients):
 * - erfc(x) for 0 ≤ x < 2 as 1 − erf(x), with erf from the all-positive series
 *   erf(x) = (2/√π)·e^(−x²)·Σ 2ⁿx^(2n+1) / (1·3·…·(2n+1)) (Abramowitz & Stegun 7.1.6);
 * - erfc(x) for x ≥ 2 from its continued fraction
 *   erfc(x) = (e^(−x²)/√π) · 1/(x + ½/(x + 1/(x + (3/2)/(x + …)))) (A&S 7.1.14), evaluated
 *   from the tail, which keeps full relative precision far into the tail;
 * - the quantile by Newton's method on Φ from the A&S 26.2.23 starting value.
 */

const SQRT_PI = Math.sqrt(Math.PI);

/** Terms of the continued fraction: enough for full double precision from x = 2 outwards. */
const CF_TERMS = 120;

/** Complementary error function, 1 − erf(x), with good relative accuracy in the upper tail. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; term > 1e-17 * sum; n++) {
      term *= (2 * x2) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x2) * sum;
  }
  if (x > 27) return 0; // e^(−x²) underflows: erfc(27) < 1e-318
  let fraction = x;
  for (let n = CF_TERMS; n >= 1; n--) fraction = x + n / 2 / fraction;
  return Math.exp(-x * x) / SQRT_PI / fraction;
}

/** Φ(x): the probability that a standard normal variable is at most x. */
export function normalCdf(x: number): number {
  return erfc(-x / Math.SQRT2) / 2;
}

/** φ(x): the standard normal density. */
export function normalPdf(x: number): number {
  return Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
}

/** z with Φ(z) = p, for p in (0, 1); −∞ and +∞ at 0 and 1. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  // Solve in the lower tail, where Φ keeps its relative precision, and mirror.
  const lower = Math.min(p, 1 - p);
  const t = Math.sqrt(-2 * Math.log(lower));
  let z = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
  for (let i = 0; i < 8; i++) {
    const step = (normalCdf(z) - lower) / normalPdf(z);
    z -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) break;
  }
  return p < 0.5 ? z : -z;
}

/**
 * Upper tail of the chi-square distribution with one degree of freedom, P(χ²₁ ≥ x):
 * a χ²₁ variable is the square of a standard normal, so this is 2(1 − Φ(√x)) = erfc(√(x/2)).
 */
export function chiSquare1Sf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return erfc(Math.sqrt(x / 2));
}
