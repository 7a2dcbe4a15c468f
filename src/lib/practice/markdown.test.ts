import { describe, expect, it } from 'vitest';
import { exportFileName, sessionToMarkdown } from './markdown';
import { promptById } from './prompts';
import { LEVEL_LABELS, RUBRIC } from './rubric';
import { newSession } from './session';
import { PHASES } from './steps';

const data = { phases: PHASES, rubric: RUBRIC, levelLabels: LEVEL_LABELS };

const start = Date.UTC(2026, 11, 1, 9, 0, 0);
const prompt = promptById('news-feed')!;

describe('sessionToMarkdown', () => {
  const session = {
    ...newSession('news-feed', 45 as const, start),
    notes: { clarify: '400M DAU, 140k peak QPS', model: 'Multi-task heads\n\n- like\n- comment' },
    ticked: ['clarify:good:1', 'model:great:0'],
    finishedAt: start + 41 * 60_000 + 5_000,
  };
  const md = sessionToMarkdown(session, prompt, { ...data, modelAnswerUrl: 'https://example.org/case-studies/news-feed/', now: start + 99 * 60_000 });

  it('starts with the prompt and its facts', () => {
    expect(md.startsWith('# Practice session: Ranking a social news feed\n')).toBe(true);
    expect(md).toContain(`> ${prompt.prompt}`);
    expect(md).toContain(`- **Scale:** ${prompt.facts[0]!.value}`);
  });

  it('gives each step its notes under a heading with the plan’s clock times', () => {
    expect(md).toContain('### 1. Clarify the requirements (2:00–7:00)\n\n400M DAU, 140k peak QPS');
    expect(md).toContain('### 4. Model (17:00–25:00)\n\nMulti-task heads\n\n- like\n- comment');
    expect(md).toContain('### 2. Frame it as an ML task (7:00–10:00)\n\n_No notes._');
  });

  it('measures time used up to the end of the session, not the export', () => {
    expect(md).toContain('time used: 41:05');
  });

  it('lists ticked rubric items by step and level', () => {
    expect(md).toContain('**1. Clarify the requirements**\n\n- Good (senior): Turns daily users into average and peak QPS');
    expect(md).toContain('- Great (staff): Sizes the model’s cost per prediction');
  });

  it('links each step to the model answer’s section', () => {
    expect(md).toContain('- [Model](https://example.org/case-studies/news-feed/#model)');
    expect(md).toContain('- [Serving](https://example.org/case-studies/news-feed/#serving-architecture)');
  });

  it('leaves the model-answer section out when there is none', () => {
    const other = sessionToMarkdown({ ...session, promptId: 'delivery-eta' }, promptById('delivery-eta')!, { ...data, now: start });
    expect(other).not.toContain('## Model answer');
  });

  it('names the file after the prompt and the day', () => {
    expect(exportFileName(session, 'news-feed')).toBe('practice-news-feed-2026-12-01.md');
  });
});
