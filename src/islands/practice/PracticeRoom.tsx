/**
 * The practice room: pick a prompt (or draw one), run a 45- or 60-minute session timed by
 * framework step, keep notes per step, then tick the rubric and export everything as
 * Markdown. A thin view over src/lib/practice; the prompt bank, phases and rubric arrive as
 * props (data in the page, not code in the bundle). Everything stays in localStorage.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { drawOne } from '../../lib/practice/draw';
import { exportFileName, sessionToMarkdown } from '../../lib/practice/markdown';
import type { PracticePrompt } from '../../lib/practice/prompts';
import type { Level, StepRubric } from '../../lib/practice/rubric';
import { buildSchedule, elapsedAt, formatClock, positionAt } from '../../lib/practice/schedule';
import {
  SESSION_STORAGE_KEY,
  clipNote,
  newSession,
  readSession,
  rubricKey,
  writeSession,
  type Session,
} from '../../lib/practice/session';
import type { Phase, PhaseId, PlanLength, StepId } from '../../lib/practice/steps';

export type PromptView = PracticePrompt & { modelAnswer?: string };

interface Props {
  prompts: PromptView[];
  phases: Phase[];
  rubric: Record<StepId, StepRubric>;
  levelLabels: Record<Level, string>;
}

type Filter = 'all' | 'covered' | 'uncovered';

function Facts({ prompt }: { prompt: PromptView }) {
  return (
    <dl class="pr-facts">
      {prompt.facts.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function PracticeRoom({ prompts, phases, rubric, levelLabels }: Props) {
  const [session, setSession] = useState<Session | null>(null);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [promptId, setPromptId] = useState(prompts[0]?.id ?? '');
  const [length, setLength] = useState<PlanLength>(45);
  const [viewing, setViewing] = useState<PhaseId | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  const rules = { promptIds: new Set(prompts.map((p) => p.id)), phaseIds: phases.map((p) => p.id), rubric };

  // Restore a saved session, or honour ?prompt=… from the prompt list's links.
  useEffect(() => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(SESSION_STORAGE_KEY);
    } catch {
      setProblem('This browser does not allow the page to keep notes (storage is blocked), so a reload will lose them.');
    }
    const read = readSession(raw, rules, Date.now());
    if (read.problem !== undefined) {
      setProblem(read.problem);
      try {
        localStorage.removeItem(SESSION_STORAGE_KEY);
      } catch {
        /* storage blocked: nothing to remove */
      }
    }
    if (read.session) setSession(read.session);
    const wanted = new URLSearchParams(location.search).get('prompt');
    if (wanted !== null && rules.promptIds.has(wanted)) setPromptId(wanted);
  }, []);

  // A one-second tick only re-renders; the clock itself is computed from timestamps. A layout
  // effect starts it in the same frame as the session, not after the next paint.
  useLayoutEffect(() => {
    if (!session || session.finishedAt !== null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [session?.startedAt, session?.finishedAt]);

  useLayoutEffect(() => {
    if (focusHeading.current) {
      focusHeading.current = false;
      heading.current?.focus();
    }
  });

  function save(next: Session | null, moveFocus = false) {
    setSession(next);
    setNow(Date.now());
    focusHeading.current = moveFocus;
    try {
      if (next) localStorage.setItem(SESSION_STORAGE_KEY, writeSession(next));
      else localStorage.removeItem(SESSION_STORAGE_KEY);
    } catch {
      setProblem('Your notes could not be saved in this browser (storage is full or blocked); export them before you leave.');
    }
  }

  const visible = prompts.filter((p) => filter === 'all' || (filter === 'covered') === (p.caseStudy !== undefined));
  const chosen = visible.find((p) => p.id === promptId) ?? visible[0];

  if (!session) {
    return (
      <div class="pr">
        {problem && (
          <p class="pr-problem" role="alert">
            {problem}
          </p>
        )}
        <h3 ref={heading} tabIndex={-1}>
          Set up a session
        </h3>
        <fieldset>
          <legend>Which prompts</legend>
          {(
            [
              ['all', `All (${prompts.length})`],
              ['covered', 'With a case study as model answer'],
              ['uncovered', 'Without a case study'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} class="pr-choice">
              <input type="radio" name="pr-filter" value={value} checked={filter === value} onChange={() => setFilter(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        <div class="pr-row">
          <label for="pr-prompt">Prompt</label>
          <select id="pr-prompt" value={chosen?.id} onChange={(e) => setPromptId(e.currentTarget.value)}>
            {visible.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
                {p.caseStudy ? ' (case study)' : ''}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              const next = drawOne(visible, Date.now(), chosen);
              if (next) {
                setPromptId(next.id);
                setStatus(`Drew: ${next.title}.`);
              }
            }}
          >
            Draw at random
          </button>
        </div>
        {chosen && (
          <div class="pr-prompt">
            <p>
              <strong>{chosen.title}.</strong> “{chosen.prompt}”
            </p>
            <details>
              <summary>Facts the interviewer gives when asked</summary>
              <Facts prompt={chosen} />
            </details>
          </div>
        )}
        <fieldset>
          <legend>Length</legend>
          {([45, 60] as const).map((value) => (
            <label key={value} class="pr-choice">
              <input type="radio" name="pr-length" value={value} checked={length === value} onChange={() => setLength(value)} />
              {value} minutes
            </label>
          ))}
        </fieldset>
        <button type="button" class="pr-primary" disabled={!chosen} onClick={() => chosen && save(newSession(chosen.id, length, Date.now()), true)}>
          Start the {length}-minute session
        </button>
        <p class="pr-status" role="status">
          {status}
        </p>
      </div>
    );
  }

  const prompt = prompts.find((p) => p.id === session.promptId)!;
  const schedule = buildSchedule(session.length, phases);
  const finished = session.finishedAt !== null;
  const elapsed = elapsedAt(session, session.finishedAt ?? now);
  const position = positionAt(schedule, elapsed);
  const current = schedule[position.index]!;
  const shown = schedule.find((s) => s.phase.id === viewing) ?? current;
  const paused = session.pausedAt !== null;
  const label = (p: Phase) => (p.step ? `Step ${p.step} of 7: ${p.title}` : p.title);
  const markdown = () =>
    sessionToMarkdown(session, prompt, {
      phases,
      rubric,
      levelLabels,
      modelAnswerUrl: prompt.modelAnswer ? new URL(prompt.modelAnswer, location.href).href : undefined,
      now: Date.now(),
    });

  const exportButtons = (
    <div class="pr-row">
      <button
        type="button"
        onClick={() => {
          const url = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown' }));
          const a = document.createElement('a');
          a.href = url;
          a.download = exportFileName(session, prompt.id);
          a.click();
          setTimeout(() => URL.revokeObjectURL(url), 1000);
          setStatus('Markdown downloaded.');
        }}
      >
        Download Markdown
      </button>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard
            .writeText(markdown())
            .then(() => setStatus('Markdown copied to the clipboard.'))
            .catch(() => setStatus('The browser refused the clipboard; use Download Markdown instead.'))
        }
      >
        Copy Markdown
      </button>
    </div>
  );

  const statusLine = (
    <p class="pr-status" role="status">
      {status}
    </p>
  );
  const problemLine = problem && (
    <p class="pr-problem" role="alert">
      {problem}
    </p>
  );

  if (finished) {
    return (
      <div class="pr">
        {problemLine}
        <h3 ref={heading} tabIndex={-1}>
          Self-assessment: {prompt.title}
        </h3>
        <p>
          Time used: {formatClock(elapsed)} of {session.length}:00. Tick what you actually showed, step by step; be strict, an
          interviewer would be.
        </p>
        {schedule
          .filter((s) => s.phase.step)
          .map(({ phase }) => (
            <fieldset key={phase.id} class="pr-assess">
              <legend>{label(phase)}</legend>
              {(Object.keys(levelLabels) as Level[]).map((level) => (
                <div key={level} class="pr-level">
                  <p class="pr-level-name">{levelLabels[level]}</p>
                  {rubric[phase.id as StepId][level].map((item, i) => {
                    const key = rubricKey(phase.id as StepId, level, i);
                    const id = `pr-tick-${key.replace(/:/g, '-')}`;
                    return (
                      <div key={key} class="pr-tick">
                        <input
                          type="checkbox"
                          id={id}
                          checked={session.ticked.includes(key)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            save({ ...session, ticked: on ? [...session.ticked, key] : session.ticked.filter((k) => k !== key) });
                          }}
                        />
                        <label for={id}>{item}</label>
                      </div>
                    );
                  })}
                </div>
              ))}
            </fieldset>
          ))}
        <h3>Keep it</h3>
        {exportButtons}
        {prompt.modelAnswer ? (
          <>
            <h3>Compare with the model answer</h3>
            <ul>
              {schedule
                .filter((s) => s.phase.step)
                .map(({ phase }) => (
                  <li key={phase.id}>
                    <a href={`${prompt.modelAnswer}#${phase.caseStudyAnchor}`}>{phase.title}</a>
                  </li>
                ))}
            </ul>
          </>
        ) : (
          <p>This prompt has no case study yet: compare your notes with the framework’s checklists and the rubric above.</p>
        )}
        <button type="button" class="pr-primary" onClick={() => save(null, true)}>
          Start a new session
        </button>
        {statusLine}
      </div>
    );
  }

  const notesId = `pr-notes-${shown.phase.id}`;
  return (
    <div class="pr">
      {problemLine}
      <h3 ref={heading} tabIndex={-1}>
        Session: {prompt.title}
      </h3>
      <p>“{prompt.prompt}”</p>
      <details>
        <summary>Facts the interviewer gives when asked</summary>
        <Facts prompt={prompt} />
      </details>
      <div class="pr-clock">
        <p class="pr-now" aria-live="polite">
          Now: {label(current.phase)}
          {paused ? ' (paused)' : ''}
        </p>
        <p role="timer" aria-label="Time">
          <span class="pr-big">{formatClock(position.phaseRemainingMs)}</span> left in this step ·{' '}
          {formatClock(position.elapsedMs)} of {session.length}:00 used
          {position.overtime ? ' · time is up' : ''}
        </p>
        <div class="pr-row">
          <button
            type="button"
            onClick={() => {
              const t = Date.now();
              save(
                paused
                  ? { ...session, pausedAt: null, pausedMs: session.pausedMs + (t - session.pausedAt!) }
                  : { ...session, pausedAt: t },
              );
            }}
          >
            {paused ? 'Resume' : 'Pause'}
          </button>
          <button
            type="button"
            disabled={position.index === schedule.length - 1}
            onClick={() => {
              // Skipping ahead moves the start back by the time left, so the clock stays a pure function of timestamps.
              setViewing(null);
              save({ ...session, startedAt: session.startedAt - position.phaseRemainingMs });
            }}
          >
            Skip to the next step
          </button>
          <button type="button" onClick={() => save({ ...session, finishedAt: Date.now() }, true)}>
            End and assess
          </button>
        </div>
      </div>
      <nav aria-label="Steps of this session">
        <ol class="pr-steps">
          {schedule.map((slot) => (
            <li key={slot.phase.id}>
              <button
                type="button"
                aria-pressed={slot.phase.id === shown.phase.id}
                aria-current={slot.index === position.index ? 'step' : undefined}
                onClick={() => setViewing(slot.phase.id === current.phase.id ? null : slot.phase.id)}
              >
                {formatClock(slot.startMs)} {slot.phase.step ? `${slot.phase.step}. ` : ''}
                {slot.phase.title}
                {session.notes[slot.phase.id] ? ' ✎' : ''}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section class="pr-phase" aria-labelledby="pr-phase-title">
        <h4 id="pr-phase-title">
          {label(shown.phase)} ({shown.phase.minutes[session.length]} min)
        </h4>
        <p>
          <strong>If you are behind:</strong> {shown.phase.ifBehind}
        </p>
        <div class="pr-columns">
          <div>
            <p class="pr-level-name">Questions</p>
            <ul>
              {shown.phase.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </div>
          <div>
            <p class="pr-level-name">Checklist</p>
            <ul>
              {shown.phase.checklist.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        </div>
        <label for={notesId}>Notes for {shown.phase.step ? `step ${shown.phase.step}` : shown.phase.title.toLowerCase()}</label>
        <textarea
          id={notesId}
          rows={8}
          value={session.notes[shown.phase.id] ?? ''}
          onInput={(e) => save({ ...session, notes: { ...session.notes, [shown.phase.id]: clipNote(e.currentTarget.value) } })}
        />
      </section>
      {exportButtons}
      {statusLine}
    </div>
  );
}
