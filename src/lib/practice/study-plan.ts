/**
 * Study plans of 2, 4 and 8 weeks: chapters, case studies, calculators and practice
 * sessions in an order that builds on itself. Links point at sections (the e2e suite
 * checks every one resolves). Progress ticks are kept in localStorage by task id.
 */

export type TaskKind = 'chapter' | 'case-study' | 'calculator' | 'practice';

export interface PlanTask {
  kind: TaskKind;
  /** Site path with an optional #section; for case studies, /case-studies/<slug>/. */
  href: string;
  /** What to do there, in a few words. */
  text: string;
}

export interface PlanWeek {
  title: string;
  tasks: readonly PlanTask[];
}

export interface StudyPlan {
  id: string;
  title: string;
  summary: string;
  weeks: readonly PlanWeek[];
}

const chapter = (href: string, text: string): PlanTask => ({ kind: 'chapter', href, text });
const caseStudy = (slug: string, text: string): PlanTask => ({ kind: 'case-study', href: `/case-studies/${slug}/`, text });
const calculator = (name: string, text: string): PlanTask => ({ kind: 'calculator', href: `/tools/#calc-${name}-title`, text });
const practice = (promptId: string, text: string): PlanTask => ({ kind: 'practice', href: `/practice/?prompt=${promptId}#room`, text });

const FRAMEWORK = [
  chapter('/framework/#the-seven-steps-at-a-glance', 'The seven steps and the time plan for 45 and 60 minutes.'),
  chapter('/framework/#how-to-drive-the-conversation', 'Board layout, signposts and check-ins.'),
];
const FRAMEWORK_STEPS = [
  chapter('/framework/#step-1-clarify-the-requirements', 'Steps 1 and 2: requirements and framing, with the ETA example.'),
  chapter('/framework/#step-3-data-and-features', 'Steps 3 and 4: data, features and the model.'),
  chapter('/framework/#step-5-evaluation', 'Steps 5 to 7: evaluation, serving, monitoring.'),
  chapter('/framework/#rubric-by-level', 'Read the rubric: what separates good from great at each step.'),
];

export const STUDY_PLANS: readonly StudyPlan[] = [
  {
    id: '2-weeks',
    title: 'Two weeks: the interview is close',
    summary: 'About an hour a day. Learn the method, study the four case studies that cover the most ground, and rehearse four times.',
    weeks: [
      {
        title: 'Week 1: the method and two anchor designs',
        tasks: [
          ...FRAMEWORK,
          ...FRAMEWORK_STEPS,
          chapter('/metrics/#classification-metrics', 'Classification metrics: precision, recall, AUC, log loss.'),
          chapter('/metrics/#ranking-and-retrieval-metrics', 'Ranking metrics: recall@k, nDCG.'),
          caseStudy('video-recommendations', 'Retrieval plus ranking at scale.'),
          caseStudy('ad-click-prediction', 'Calibrated probabilities inside an auction.'),
          calculator('capacity-estimator', 'Redo the video case’s sizing with your own numbers.'),
          practice('delivery-eta', 'First timed session (45 minutes) on the framework’s running example.'),
        ],
      },
      {
        title: 'Week 2: breadth and rehearsal',
        tasks: [
          chapter('/retrieval/#the-multi-stage-funnel', 'The multi-stage funnel.'),
          chapter('/serving/#a-worked-latency-budget', 'A latency budget across its stages.'),
          chapter('/experiments/#ab-testing', 'A/B tests: sample size, duration, guardrails.'),
          caseStudy('news-feed', 'Multi-task ranking and integrity demotions.'),
          caseStudy('harmful-content', 'Detection, thresholds and human review.'),
          practice('news-feed', 'Session on the news feed, then compare with the case study.'),
          practice('spam-email', 'Session on a prompt with no model answer; score it with the rubric.'),
          practice('payment-fraud', 'Final 60-minute session.'),
        ],
      },
    ],
  },
  {
    id: '4-weeks',
    title: 'Four weeks: the usual preparation',
    summary: 'Four to six hours a week. One week per layer of the method, a case study from each family, a session every week.',
    weeks: [
      {
        title: 'Week 1: the method',
        tasks: [
          ...FRAMEWORK,
          ...FRAMEWORK_STEPS,
          practice('delivery-eta', 'A first, untimed-feeling session: follow the clock, do not judge yet.'),
        ],
      },
      {
        title: 'Week 2: metrics and recommendations',
        tasks: [
          chapter('/metrics/#how-offline-and-online-evaluation-fit-together', 'How offline and online evaluation fit together.'),
          chapter('/metrics/#ranking-and-retrieval-metrics', 'Ranking and retrieval metrics.'),
          calculator('ranking-metrics', 'Compute nDCG by hand, then check it here.'),
          caseStudy('video-recommendations', 'Retrieval plus ranking at scale.'),
          caseStudy('event-recommendations', 'Cold items that expire.'),
          practice('grocery-recommendations', 'Session on a recommendation prompt with no model answer.'),
        ],
      },
      {
        title: 'Week 3: serving, ads and search',
        tasks: [
          chapter('/serving/#batch-online-and-streaming-prediction', 'Batch, online and streaming prediction.'),
          chapter('/serving/#caching-and-precomputation', 'Caching and precomputation.'),
          chapter('/framework-toolkit/#estimating-flops-and-latency-from-the-architecture', 'Estimate FLOPs and latency from an architecture.'),
          calculator('capacity-estimator', 'Size a fleet and an index.'),
          calculator('ctr-calibration', 'See what negative downsampling does to probabilities.'),
          caseStudy('ad-click-prediction', 'Calibration, freshness, cost per prediction.'),
          caseStudy('search-ranking', 'Query understanding and learning to rank.'),
          practice('ad-click-prediction', 'Session, then compare step by step with the case study.'),
        ],
      },
      {
        title: 'Week 4: integrity, LLMs and rehearsal',
        tasks: [
          chapter('/experiments/#ab-testing', 'A/B testing, with the planner open.'),
          calculator('ab-test-planner', 'Plan the test for your last session’s design.'),
          chapter('/framework-toolkit/#when-the-prompt-is-a-generative-ai-product', 'What changes in each step when the prompt is a generative-AI product.'),
          chapter('/framework-toolkit/#a-responsible-ai-and-fairness-checklist', 'The responsible-AI and fairness checklist, said aloud.'),
          caseStudy('harmful-content', 'Detection at scale with human review.'),
          caseStudy('rag-support-assistant', 'Retrieval-augmented generation with costs.'),
          practice('query-autocomplete', 'Session on an uncovered prompt.'),
          practice('news-feed', 'Final 60-minute session; score it strictly.'),
        ],
      },
    ],
  },
  {
    id: '8-weeks',
    title: 'Eight weeks: depth for senior and staff loops',
    summary: 'Three to five hours a week. Every chapter and case study, calculators beside the formulas, and a session a week that gets harder.',
    weeks: [
      {
        title: 'Week 1: the method',
        tasks: [...FRAMEWORK, ...FRAMEWORK_STEPS.slice(0, 2), practice('delivery-eta', 'A first session, to see where the time goes.')],
      },
      {
        title: 'Week 2: the rest of the method',
        tasks: [
          ...FRAMEWORK_STEPS.slice(2),
          chapter('/framework/#how-to-recover-when-stuck', 'How to recover when stuck.'),
          chapter('/framework/#how-the-emphasis-shifts-by-role-and-level', 'How the emphasis shifts by role and level.'),
          chapter('/framework-toolkit/#labeling-strategies-and-their-cost', 'Labeling strategies and what they cost.'),
          chapter('/framework-toolkit/#estimating-flops-and-latency-from-the-architecture', 'Estimate FLOPs and latency from an architecture.'),
          practice('churn-prediction', 'Session; tick the rubric honestly and note the weakest step.'),
        ],
      },
      {
        title: 'Week 3: metrics',
        tasks: [
          chapter('/metrics/#classification-metrics', 'Classification metrics.'),
          calculator('confusion-matrix', 'Move the threshold on a rare-positive problem.'),
          calculator('roc-pr', 'Read ROC and precision–recall curves.'),
          chapter('/metrics/#ranking-and-retrieval-metrics', 'Ranking and retrieval metrics.'),
          chapter('/experiments/#when-offline-and-online-disagree', 'When offline and online disagree.'),
          caseStudy('people-you-may-know', 'Link prediction over a graph.'),
        ],
      },
      {
        title: 'Week 4: experiments',
        tasks: [
          chapter('/experiments/#ab-testing', 'A/B testing.'),
          calculator('ab-test-planner', 'Sample size and duration.'),
          calculator('significance-checker', 'Check a result and its sample ratio.'),
          chapter('/experiments/#interleaving-for-ranking', 'Interleaving for ranking.'),
          caseStudy('search-ranking', 'Knowing a ranker is better before shipping it.'),
          practice('app-store-ranking', 'Session on a ranking prompt with no model answer.'),
        ],
      },
      {
        title: 'Week 5: serving',
        tasks: [
          chapter('/serving/#batch-online-and-streaming-prediction', 'Batch, online and streaming prediction.'),
          chapter('/retrieval/#the-multi-stage-funnel', 'The multi-stage funnel.'),
          chapter('/rollouts-and-monitoring/#rollout-strategies', 'Rollout strategies.'),
          calculator('capacity-estimator', 'Size the serving fleet for your last session.'),
          caseStudy('video-recommendations', 'Retrieval plus ranking at scale.'),
          caseStudy('similar-listings', 'Item-to-item recommendations with availability.'),
          practice('video-recommendations', 'Session, then compare with the case study.'),
        ],
      },
      {
        title: 'Week 6: ads, fraud and integrity',
        tasks: [
          calculator('ctr-calibration', 'Calibration after negative downsampling.'),
          caseStudy('ad-click-prediction', 'Calibrated probabilities in an auction.'),
          caseStudy('payment-fraud', 'Choosing an operating point under delayed labels.'),
          caseStudy('harmful-content', 'Detection, thresholds and review queues.'),
          chapter('/rollouts-and-monitoring/#feedback-loops-and-exploration', 'Feedback loops and exploration.'),
          chapter('/framework-toolkit/#a-responsible-ai-and-fairness-checklist', 'The responsible-AI and fairness checklist.'),
          practice('fake-account-detection', 'Session on an integrity prompt with no model answer.'),
        ],
      },
      {
        title: 'Week 7: vision, search and LLMs',
        tasks: [
          chapter('/metrics/#generation-and-llm-systems', 'Evaluating generation and LLM systems.'),
          chapter('/framework-toolkit/#when-the-prompt-is-a-generative-ai-product', 'The seven steps for a generative-AI prompt.'),
          caseStudy('visual-search', 'Embeddings and a billion-image index.'),
          caseStudy('street-imagery-blurring', 'Detection with a recall target and a backlog.'),
          caseStudy('video-search', 'Hybrid lexical and semantic retrieval.'),
          caseStudy('rag-support-assistant', 'Grounded answers and their cost.'),
          caseStudy('conversational-assistant', 'Post-training, evaluation and serving a chat model.'),
          practice('meeting-summaries', 'Session on an LLM prompt with no model answer.'),
        ],
      },
      {
        title: 'Week 8: rehearsal',
        tasks: [
          caseStudy('news-feed', 'Multi-task ranking; reread its follow-ups.'),
          caseStudy('event-recommendations', 'Cold start; reread its follow-ups.'),
          practice('ride-pricing', '60-minute session on an unfamiliar prompt.'),
          practice('job-matching', '60-minute session; focus on staff-level items in the rubric.'),
          practice('search-ranking', 'Final session, then compare with the case study.'),
        ],
      },
    ],
  },
];

/** A task's stable id for progress storage: plan, week number and link. */
export function taskId(plan: StudyPlan, weekIndex: number, task: PlanTask): string {
  return `${plan.id}/${weekIndex + 1}/${task.href}`;
}
