/**
 * The rubric by level: for each of the framework's seven steps, what a weak, a good
 * (senior) and a great (staff) answer shows. One source of truth for the framework
 * chapter, the practice room's self-assessment and the interviewer's guide.
 *
 * Every item is something an interviewer can see or hear in the room ("names the label
 * and its delay"), never an impression ("seems strong"). A great answer also shows what
 * the good one does; its items list only what it adds.
 */
import type { StepId } from './steps';

export const LEVELS = ['weak', 'good', 'great'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  weak: 'Weak',
  good: 'Good (senior)',
  great: 'Great (staff)',
};

export type StepRubric = Record<Level, readonly string[]>;

export const RUBRIC: Record<StepId, StepRubric> = {
  clarify: {
    weak: [
      'Asks a list of questions whose answers would not change the design (which database, which cloud).',
      'Offers no assumptions; waits for the interviewer to supply every number.',
      'Collects a user count but never turns it into requests per second.',
      'Leaves out latency and freshness, so no later step is constrained by them.',
      'Spends ten minutes or more here, or skips the step and starts drawing.',
    ],
    good: [
      'States the business goal in one line and writes it on the board.',
      'Turns daily users into average and peak QPS, with the arithmetic visible.',
      'Names a latency budget and a freshness requirement as numbers.',
      'Asks whether labels exist and how long they take to arrive.',
      'Writes an out-of-scope list before moving on.',
    ],
    great: [
      'Names the two or three questions that decide the shape of the design, and says why each does.',
      'Assumes the rest aloud and invites correction ("tell me if any of that is off").',
      'Asks who consumes the prediction (users, another team, a decision rule) and what they do with it.',
      'Spots a constraint hidden in the prompt (a region, a regulation, an existing system) and names what it rules out.',
      'Finishes in the time plan’s five to seven minutes with numbers later steps reuse.',
    ],
  },
  frame: {
    weak: [
      'Names an architecture ("a neural network") before naming a label.',
      'Gives no input and output types for one prediction.',
      'Picks the easiest label to log and does not mention what it misses.',
      'Names no ML category, or the wrong one for the output.',
    ],
    good: [
      'Writes one line: business metric, ML objective, label.',
      'States what one prediction takes in and returns.',
      'Names the ML category and one rejected framing with the reason.',
      'Acknowledges the gap between the proxy label and the real goal.',
      'Checks in with the interviewer after framing.',
    ],
    great: [
      'Separates the model’s prediction from the decision rule that acts on it, so product can tune one without retraining the other.',
      'Asks whether ML is needed yet, and names the heuristic that would ship first.',
      'Names how the prediction changes the behavior it predicts (feedback, position, selection).',
      'Combines objectives explicitly (a weighted value function, a constraint) and says who owns the weights.',
    ],
  },
  data: {
    weak: [
      'Lists feature categories ("user features, item features") with no actual features.',
      'Never defines the label or when it becomes known.',
      'Proposes a feature that is only known after the label (leakage).',
      'Does not mention privacy or data retention.',
    ],
    good: [
      'Names the label, how it is logged and its delay.',
      'Draws a features table with at least three entity groups, a transformation and a reason for each.',
      'Separates real-time from batch features and says how fresh each must be.',
      'Names one bias in the label (selection, position, presentation) and its effect.',
      'States which fields will not be used and why.',
    ],
    great: [
      'Computes features as of prediction time, for example by logging the features served and training on those logs.',
      'Proposes a way to measure the label’s bias (an exploration slice, logged predictions against outcomes).',
      'Names the upstream data the team does not own and the risk it carries.',
      'Says which features are expensive to serve and whether they earn their latency.',
      'Plans how labels are collected for the cases the current system never shows.',
    ],
  },
  model: {
    weak: [
      'Names a fashionable model with no baseline.',
      'Gives no loss, or a loss that does not match the metric used later.',
      'Splits time-dependent data at random.',
      'Never checks the model against the latency budget from step 1.',
    ],
    good: [
      'States a baseline that could ship this week and what it sets the bar at.',
      'Names the production model and the alternative it beat, with the reason (data size, latency, sparsity).',
      'Writes the loss down and ties it to the offline metric.',
      'Names the sampling (negatives, class imbalance) and how probabilities are corrected for it.',
      'Ties the retraining cadence to label delay.',
    ],
    great: [
      'Sizes the model’s cost per prediction against the budget before choosing it.',
      'Says what evidence would justify the next, more expensive model (a plateau as data grows).',
      'Splits the work into stages (retrieval, ranking, re-ranking) with a candidate count and a budget for each.',
      'Names how the model will fail (cold start, rare classes) and what handles those cases.',
      'Keeps the baseline as the fallback and says when it serves.',
    ],
  },
  evaluation: {
    weak: [
      'Says "accuracy" and "A/B test" with no metric definition or success criterion.',
      'Uses one metric for everything.',
      'Names no guardrail, so any change that moves the primary metric looks like a win.',
      'Calls a test after a few days, before weekly cycles play out.',
    ],
    good: [
      'Picks an offline metric per model output and says why it fits (calibration, ordering, error in minutes).',
      'Slices the offline results by segment (new users, region, device).',
      'Names a primary online metric, a secondary and at least one guardrail.',
      'States the randomization unit, a sample-size argument and a duration.',
      'Expects offline gains to shrink online and says how the gap is tracked.',
    ],
    great: [
      'Spots interference between arms (marketplace, social graph, shared budget) and picks a design that avoids it (switchback, cluster randomization).',
      'States the launch rule in advance: what ships, what is rolled back, what needs a second look.',
      'Names a metric that would make a "win" a loss (padding every ETA, clickbait) and guards against it.',
      'Proposes a cheaper check before the A/B test (interleaving, replay, human rating) and says what it cannot tell.',
    ],
  },
  serving: {
    weak: [
      'Draws one box labeled "model" behind an API, with no features, store or logs.',
      'Gives no latency arithmetic.',
      'Has no fallback when the model or a feature source fails.',
      'Mixes the training and inference paths into one diagram.',
    ],
    good: [
      'Draws the training and inference pipelines separately, with the logging arrow between them.',
      'Chooses batch or online prediction and says why.',
      'Writes a latency budget per stage that sums to the number from step 1.',
      'Turns peak QPS into replicas, stating per-replica throughput as an assumption.',
      'Names a cache with its key and time-to-live, and a rollout plan (shadow, canary, ramp).',
    ],
    great: [
      'Sizes the index or feature store (items × bytes) before choosing where it lives.',
      'Names the largest cost driver, which is often not the surface the prompt emphasized.',
      'Specifies the degraded mode and counts how often it serves, with an alert on its rate.',
      'Keeps one feature definition for training and serving, and measures skew between them.',
    ],
  },
  monitoring: {
    weak: [
      'Says "monitor for drift and retrain" with no metric or threshold.',
      'Watches only the model’s output, not its inputs.',
      'Retrains automatically with no evaluation gate.',
      'Ends the interview at "and then we monitor it".',
    ],
    good: [
      'Names two or three drift sources specific to this problem.',
      'Groups monitoring into system health, data health and model quality.',
      'Gives at least two alerts with thresholds.',
      'Names one feedback loop the model creates and a mitigation.',
      'States a retraining policy and the gate each new model passes.',
    ],
    great: [
      'Names an upstream dependency owned by another team and how its changes will be caught.',
      'Measures quality before labels arrive (proxy metrics, human review samples) and says how long the blind spot is.',
      'Closes with a prioritized list of next steps, each with its expected gain.',
      'Names who is paged for each alert and what they do first.',
    ],
  },
};
