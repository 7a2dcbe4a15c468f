// @ts-check
/**
 * Reproduces the peeking numbers in the metrics chapter ("Sequential testing"): A/A tests
 * (no true effect) with K equally spaced looks at a two-sided z-test on the cumulative data,
 * counting the runs that ever cross the boundary. Each look adds one standard-normal
 * increment, so Z_k = S_k / √k. Deterministic (fixed seed); run `node scripts/simulate-peeking.mjs`.
 * Prints, per K: the naive rate (|Z_k| > 1.96 at any look) and the rate with O'Brien–Fleming
 * boundaries c·√(K/k), c = 2.04 (the constant for K = 5, α = 0.05).
 */
let seed = 42;
const uniform = () => {
  seed = (seed * 48271) % 2147483647; // Park–Miller minimal standard generator
  return seed / 2147483647;
};
const gaussian = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());

const runs = 200_000;
const z975 = 1.959964;
const obf = 2.04;
for (const looks of [1, 5, 14]) {
  let naive = 0;
  let obrienFleming = 0;
  for (let r = 0; r < runs; r++) {
    let sum = 0;
    let naiveHit = false;
    let obfHit = false;
    for (let k = 1; k <= looks; k++) {
      sum += gaussian();
      if (Math.abs(sum / Math.sqrt(k)) > z975) naiveHit = true;
      if (Math.abs(sum) > obf * Math.sqrt(looks)) obfHit = true; // |Z_k| > c·√(K/k)
    }
    if (naiveHit) naive++;
    if (obfHit) obrienFleming++;
  }
  console.log(`${looks} look(s): naive ${((100 * naive) / runs).toFixed(1)}%, O'Brien–Fleming (c = 2.04) ${((100 * obrienFleming) / runs).toFixed(2)}%`);
}
