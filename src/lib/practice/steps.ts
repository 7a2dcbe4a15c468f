/**
 * The interview's phases as the practice room, the rubric and the interviewer's guide use
 * them: the framework's seven steps between an opening and a closing phase, each with its
 * minutes in the 45- and 60-minute plans, its questions and its checklist.
 *
 * The minutes mirror the time-plan table in src/content/docs/framework.mdx, which is the
 * authority; steps.test.ts reads that table and fails if the two disagree.
 */

export const STEP_IDS = ['clarify', 'frame', 'data', 'model', 'evaluation', 'serving', 'monitoring'] as const;
export type StepId = (typeof STEP_IDS)[number];
export type PhaseId = 'intro' | StepId | 'wrap-up';

export const PLAN_LENGTHS = [45, 60] as const;
export type PlanLength = (typeof PLAN_LENGTHS)[number];

export interface Phase {
  id: PhaseId;
  /** 1–7 for the framework's steps; absent for the opening and closing phases. */
  step?: number;
  title: string;
  /** Section of the framework chapter that teaches this phase. */
  frameworkAnchor: string;
  /** Section of a case study that answers this phase (the case studies share headings). */
  caseStudyAnchor: string;
  minutes: Record<PlanLength, number>;
  /** The framework's "if you are behind" advice. */
  ifBehind: string;
  questions: readonly string[];
  checklist: readonly string[];
}

export const PHASES: readonly Phase[] = [
  {
    id: 'intro',
    title: 'Introductions and the prompt',
    frameworkAnchor: 'time-plan-for-45-and-60-minutes',
    caseStudyAnchor: 'the-prompt',
    minutes: { 45: 2, 60: 3 },
    ifBehind: 'Never skip reading the prompt back.',
    questions: [
      'Can you restate the prompt in one sentence, in your own words?',
      'Which words in the prompt hint at the objective, the scale or a constraint?',
    ],
    checklist: [
      'The prompt is read back and the interviewer agreed with the restatement.',
      'The plan for the next 40 minutes is announced in one sentence.',
    ],
  },
  {
    id: 'clarify',
    step: 1,
    title: 'Clarify the requirements',
    frameworkAnchor: 'step-1-clarify-the-requirements',
    caseStudyAnchor: 'clarify-the-requirements',
    minutes: { 45: 5, 60: 7 },
    ifBehind: 'Ask the three questions that change the design; assume the rest aloud.',
    questions: [
      'What does the product team want to move: revenue, engagement, trust, cost?',
      'Where does the prediction appear, who sees it, and how many per request?',
      'How many users, items and requests, at average and at peak?',
      'What is the end-to-end latency budget, and how stale may inputs and the model be?',
      'What is logged today, are there labels, and how delayed are they?',
      'Which privacy, fairness, regulatory or platform constraints apply? Is there an existing system?',
    ],
    checklist: [
      'The business goal is written down in one line.',
      'Functional requirements and an explicit out-of-scope list are on the board.',
      'Numbers for users or requests, peak QPS, latency budget and freshness, with arithmetic shown.',
      'You know whether labels exist and how long they take to arrive.',
      'Every assumption was stated instead of asked about.',
    ],
  },
  {
    id: 'frame',
    step: 2,
    title: 'Frame it as an ML task',
    frameworkAnchor: 'step-2-frame-it-as-an-ml-task',
    caseStudyAnchor: 'frame-it-as-an-ml-task',
    minutes: { 45: 3, 60: 4 },
    ifBehind: 'One sentence each for objective, label and category.',
    questions: [
      'Which ML objective stands in for the business goal, and what does that proxy miss?',
      'What does one prediction take in, and what does it return?',
      'Which ML category is it (classification, ranking, retrieval, regression, …), or a combination?',
      'Is ML needed at all, or is a heuristic the first version?',
      'Which tempting framing do you reject, and why?',
    ],
    checklist: [
      'One line: business metric X, ML objective Y, label Z.',
      'Input and output types written on the board.',
      'ML category named, with the rejected alternative and the reason.',
      'The gap between the proxy label and the true goal acknowledged.',
    ],
  },
  {
    id: 'data',
    step: 3,
    title: 'Data and features',
    frameworkAnchor: 'step-3-data-and-features',
    caseStudyAnchor: 'data-and-features',
    minutes: { 45: 7, 60: 9 },
    ifBehind: "Six features, grouped, and the label's biggest flaw.",
    questions: [
      'Which logs, entity tables and human labels feed training?',
      'Is the label explicit or implicit, how is it logged, how long until it is known, and how is it biased?',
      'Which features per entity group (user or request, item, context, cross), with what transformation and freshness?',
      'Are training features computed as of prediction time, so nothing leaks from the future?',
      'Which fields will you not use, and how long is raw data kept?',
    ],
    checklist: [
      'Label defined precisely, including its delay and its bias.',
      'Features table with at least three entity groups, a transformation for each, and a reason it helps.',
      'Real-time and batch features separated.',
      'Leakage checked: no feature that is only known after the label.',
      'Privacy constraint stated.',
    ],
  },
  {
    id: 'model',
    step: 4,
    title: 'Model',
    frameworkAnchor: 'step-4-model',
    caseStudyAnchor: 'model',
    minutes: { 45: 8, 60: 10 },
    ifBehind: 'Baseline plus one production model with its loss.',
    questions: [
      'What baseline could ship this week, and how good is it likely to be?',
      'Which production model beats it for this data and latency budget, and which alternative did it beat?',
      'Which loss matches the metric you care about?',
      'How do you sample negatives, handle class imbalance and split by time?',
      'How often do you retrain, given label delay and drift?',
      'Is there a cheap retrieval stage before an expensive ranker?',
    ],
    checklist: [
      'Baseline stated with its expected quality.',
      'Production model named with the reason it beat one alternative.',
      'Loss function written down, ideally as a formula.',
      'Sampling and split strategy named.',
      'Retraining cadence tied to label delay and drift.',
      'Model size checked against the latency budget.',
    ],
  },
  {
    id: 'evaluation',
    step: 5,
    title: 'Evaluation',
    frameworkAnchor: 'step-5-evaluation',
    caseStudyAnchor: 'evaluation',
    minutes: { 45: 5, 60: 7 },
    ifBehind: 'One offline metric, one online metric, one guardrail.',
    questions: [
      'Which offline metric fits each model output, and on which slices?',
      'Which online metric is primary, and which faster proxies support it?',
      'Which guardrails may not degrade?',
      'What is the randomization unit, sample size and duration, and could the arms interfere?',
      'Which result ships, which kills the change, and which needs a second look?',
    ],
    checklist: [
      'An offline metric for each model output, with the reason it fits.',
      'Evaluation slices named.',
      'One primary online metric, one or two secondaries, at least one guardrail.',
      'A/B unit, sample size reasoning and duration stated.',
      'The gap between offline and online results acknowledged.',
    ],
  },
  {
    id: 'serving',
    step: 6,
    title: 'Serving',
    frameworkAnchor: 'step-6-serving',
    caseStudyAnchor: 'serving-architecture',
    minutes: { 45: 6, 60: 9 },
    ifBehind: 'Draw the two pipelines; state the latency budget.',
    questions: [
      'Batch or online prediction, and why?',
      'What do the training and inference pipelines look like, and what do they share?',
      'How does the latency budget split across feature fetches, retrieval, inference and post-processing?',
      'How many replicas does peak QPS need, with what headroom?',
      'What can be cached, keyed by what, for how long?',
      'How do you roll out, and what is returned when the model or a feature source fails?',
    ],
    checklist: [
      'Both pipelines drawn as separate blocks, with the feedback loop.',
      'A latency budget table that sums to the number from step 1.',
      'Peak QPS converted into replicas, with the per-replica throughput stated as an assumption.',
      'Caching decision with key and time-to-live.',
      'Fallback path and rollout plan.',
    ],
  },
  {
    id: 'monitoring',
    step: 7,
    title: 'Monitoring and iteration',
    frameworkAnchor: 'step-7-monitoring-and-iteration',
    caseStudyAnchor: 'monitoring-and-iteration',
    minutes: { 45: 3, 60: 5 },
    ifBehind: 'Name two things that drift and what you alert on.',
    questions: [
      'What drifts here: inputs, the input–label relationship, upstream data, the model’s own influence?',
      'What do you monitor for system health, data health and model quality?',
      'Which few alerts, with which thresholds and owners?',
      'Where does the model shape its own future training data, and how do you counter it?',
      'When do you retrain, and which gate does every new model pass?',
      'What would you build next, in order of expected value?',
    ],
    checklist: [
      'Two or three concrete drift sources for this problem.',
      'Monitoring grouped into system, data and model quality.',
      'At least two alerts with thresholds.',
      'One feedback loop named with a mitigation.',
      'Retraining policy and the gate it passes.',
      'A prioritized "what I would do next" list.',
    ],
  },
  {
    id: 'wrap-up',
    title: 'Deep dive and your questions',
    frameworkAnchor: 'how-to-recover-when-stuck',
    caseStudyAnchor: 'interviewer-follow-ups',
    minutes: { 45: 6, 60: 6 },
    ifBehind: 'Protect at least 3 minutes for questions.',
    questions: [
      'Which part of the design would you go deeper on, and why that one?',
      'Which trade-off in your parking lot deserves a second look?',
      'What do you want to ask the interviewer?',
    ],
    checklist: [
      'The parking-lot items were revisited or explicitly left open.',
      'At least three minutes were left for your own questions.',
    ],
  },
];

/** The seven framework steps, without the opening and closing phases. */
export const STEPS: readonly (Phase & { id: StepId; step: number })[] = /* @__PURE__ */ PHASES.filter(
  (phase): phase is Phase & { id: StepId; step: number } => phase.step !== undefined,
);

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export function isPlanLength(value: unknown): value is PlanLength {
  return value === 45 || value === 60;
}
