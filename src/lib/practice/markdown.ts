/**
 * A practice session as a Markdown document the candidate keeps: the prompt and its facts,
 * the notes per step with the time each step had, the self-assessment, and links to the
 * model answer. Nothing is sent anywhere; the view offers this text as a download and a copy.
 */
import type { PracticePrompt } from './prompts';
import type { Level, StepRubric } from './rubric';
import { buildSchedule, elapsedAt, formatClock } from './schedule';
import { rubricKey, type Session } from './session';
import type { Phase, StepId } from './steps';

export interface ExportOptions {
  /** The phases and rubric (PHASES, RUBRIC, LEVEL_LABELS), passed in as data. */
  phases: readonly Phase[];
  rubric: Readonly<Record<StepId, StepRubric>>;
  levelLabels: Readonly<Record<Level, string>>;
  /** Absolute URL of the model answer (case study page), if the prompt has one in this build. */
  modelAnswerUrl?: string | undefined;
  now: number;
}

export function sessionToMarkdown(session: Session, prompt: PracticePrompt, options: ExportOptions): string {
  const { rubric, levelLabels } = options;
  const schedule = buildSchedule(session.length, options.phases);
  const end = session.finishedAt ?? options.now;
  const elapsed = elapsedAt(session, end);
  const ticked = new Set(session.ticked);
  const out: string[] = [];

  out.push(`# Practice session: ${prompt.title}`, '');
  out.push(`- Started: ${new Date(session.startedAt).toISOString().replace(/\.\d+Z$/, 'Z')}`);
  out.push(`- Plan: ${session.length} minutes; time used: ${formatClock(elapsed)}`);
  out.push('', '## Prompt', '', `> ${prompt.prompt}`, '');
  out.push('Facts given when asked (the practice scenario’s assumptions):', '');
  for (const fact of prompt.facts) out.push(`- **${fact.label}:** ${fact.value}`);

  out.push('', '## Notes by step');
  for (const slot of schedule) {
    const { phase } = slot;
    const heading = phase.step ? `${phase.step}. ${phase.title}` : phase.title;
    out.push('', `### ${heading} (${formatClock(slot.startMs)}–${formatClock(slot.endMs)})`, '');
    const note = (session.notes[phase.id] ?? '').trim();
    out.push(note === '' ? '_No notes._' : note);
  }

  out.push('', '## Self-assessment', '');
  if (ticked.size === 0) {
    out.push('_Nothing ticked._');
  } else {
    for (const [step, levels] of Object.entries(rubric) as [StepId, StepRubric][]) {
      const lines: string[] = [];
      for (const level of Object.keys(levelLabels) as Level[]) {
        levels[level].forEach((item, i) => {
          if (ticked.has(rubricKey(step, level, i))) lines.push(`- ${levelLabels[level]}: ${item}`);
        });
      }
      if (lines.length > 0) {
        const phase = schedule.find((s) => s.phase.id === step)!.phase;
        out.push(`**${phase.step}. ${phase.title}**`, '', ...lines, '');
      }
    }
    if (out.at(-1) === '') out.pop();
  }

  if (options.modelAnswerUrl) {
    out.push('', '## Model answer', '');
    for (const slot of schedule) {
      const { phase } = slot;
      if (!phase.step) continue;
      out.push(`- [${phase.title}](${options.modelAnswerUrl}#${phase.caseStudyAnchor})`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** practice-news-feed-2026-12-01.md */
export function exportFileName(session: Session, promptId: string): string {
  return `practice-${promptId}-${new Date(session.startedAt).toISOString().slice(0, 10)}.md`;
}
