/**
 * The handbook is written in US English, spells nDCG and fan-out one way each, and keeps
 * other people's titles as they were published. This module finds the places in an MDX
 * source that break that rule, so a unit test can keep the whole handbook consistent.
 *
 * What counts as prose: the page's frontmatter (title, description, case-study metadata)
 * and its body. What does not: fenced code blocks (including mermaid diagram sources),
 * inline code, link targets and bare URLs, JSX tags, import/export lines, the titles of
 * the frontmatter `sources`, and double-quoted titles inside a "References" section.
 *
 * Pure string → issues, no file system, so it can be tested on small samples.
 */

export interface SpellingIssue {
  /** 1-based line number in the source. */
  line: number;
  /** The text as written. */
  found: string;
  /** What the handbook writes instead. */
  expected: string;
}

/** British spellings that the `-ise` rule below cannot catch, with their US forms. */
const BRITISH_WORDS: Record<string, string> = {
  analyse: 'analyze',
  analysed: 'analyzed',
  analysing: 'analyzing',
  behaviour: 'behavior',
  behaviours: 'behaviors',
  behavioural: 'behavioral',
  colour: 'color',
  colours: 'colors',
  favour: 'favor',
  favours: 'favors',
  favoured: 'favored',
  favouring: 'favoring',
  favourite: 'favorite',
  favourable: 'favorable',
  flavour: 'flavor',
  honour: 'honor',
  honoured: 'honored',
  honours: 'honors',
  labour: 'labor',
  neighbour: 'neighbor',
  neighbours: 'neighbors',
  neighbouring: 'neighboring',
  neighbourhood: 'neighborhood',
  neighbourhoods: 'neighborhoods',
  rumour: 'rumor',
  humour: 'humor',
  endeavour: 'endeavor',
  centre: 'center',
  centres: 'centers',
  centred: 'centered',
  metre: 'meter',
  metres: 'meters',
  kilometre: 'kilometer',
  kilometres: 'kilometers',
  fibre: 'fiber',
  litre: 'liter',
  theatre: 'theater',
  catalogue: 'catalog',
  catalogues: 'catalogs',
  catalogued: 'cataloged',
  analogue: 'analog',
  modelling: 'modeling',
  modelled: 'modeled',
  modeller: 'modeler',
  labelled: 'labeled',
  labelling: 'labeling',
  travelled: 'traveled',
  travelling: 'traveling',
  traveller: 'traveler',
  travellers: 'travelers',
  cancelled: 'canceled',
  cancelling: 'canceling',
  signalled: 'signaled',
  signalling: 'signaling',
  levelled: 'leveled',
  fuelled: 'fueled',
  funnelled: 'funneled',
  channelled: 'channeled',
  totalled: 'totaled',
  judgement: 'judgment',
  acknowledgement: 'acknowledgment',
  ageing: 'aging',
  artefact: 'artifact',
  artefacts: 'artifacts',
  licence: 'license',
  defence: 'defense',
  offence: 'offense',
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  towards: 'toward',
  afterwards: 'afterward',
  learnt: 'learned',
  whilst: 'while',
  amongst: 'among',
  maths: 'math',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  distil: 'distill',
  distils: 'distills',
  fulfil: 'fulfill',
  enrolment: 'enrollment',
  skilful: 'skillful',
  focussed: 'focused',
  sceptical: 'skeptical',
  tyre: 'tire',
  cheque: 'check',
};

/**
 * Words that end in -ise in US English too. The key is what comes before "ise"; a stem
 * ending in one of these is legitimate ("advertise", "precise", "otherwise", "supervise").
 */
const US_ISE_STEM_ENDINGS = ['w', 'v', 'pr', 'ra', 'u', 'no', 'po'];
const US_ISE_STEMS = new Set([
  'r', 'ar', 'sunr', 'upr', 'm', 'an', 'conc', 'prec', 'exerc', 'exc', 'inc', 'circumc', 'exorc', 'advert', 'expert',
  'chast', 'desp', 'merchand', 'parad', 'prem', 'prom', 'comprom', 'dem', 'surm', 'treat', 'franch', 'val', 'mort',
]);
const ISE_FORM = /^([a-z]+?)is(e|es|ed|ing|ation|ations|ational|er|ers|able)$/;

function usIseSpelling(word: string): string | undefined {
  const lower = word.toLowerCase();
  const m = ISE_FORM.exec(lower);
  if (!m) return undefined;
  const stem = m[1]!;
  if (US_ISE_STEMS.has(stem) || US_ISE_STEM_ENDINGS.some((end) => stem.endsWith(end))) return undefined;
  return `${stem}iz${m[2]}`;
}

function withCaseOf(original: string, replacement: string): string {
  if (original === original.toUpperCase()) return replacement.toUpperCase();
  if (original[0] === original[0]!.toUpperCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Replaces every character of a span with a space, so columns and other spans stay put. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Parts of a body line that are not prose: inline code, link targets, URLs, JSX tags. */
const NOT_PROSE = /`[^`]*`|\]\([^)]*\)|<?https?:\/\/[^\s)>\]]+>?|<\/?[A-Za-z][^>]*>/g;
/** Double-quoted text: straight or curly quotes. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”/g;

/** Each prose line of an MDX source, with non-prose parts blanked out. */
export function proseLines(source: string): { line: number; text: string }[] {
  const lines = source.split('\n');
  const out: { line: number; text: string }[] = [];
  let inFrontmatter = lines[0]?.trim() === '---';
  let sourcesIndent: number | undefined;
  let fence: string | undefined;
  let inReferences = false;

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (inFrontmatter) {
      if (i === 0) return;
      if (raw.trim() === '---') {
        inFrontmatter = false;
        return;
      }
      const indent = raw.length - raw.trimStart().length;
      if (sourcesIndent !== undefined) {
        const item = raw.trimStart();
        if (item === '' || indent > sourcesIndent || (indent === sourcesIndent && item.startsWith('- '))) return;
      }
      sourcesIndent = /^\s*sources:\s*$/.test(raw) ? indent : undefined;
      out.push({ line, text: raw.replace(NOT_PROSE, blank) });
      return;
    }
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      return;
    }
    if (fenceMark) {
      fence = fenceMark;
      return;
    }
    if (/^(import|export)\s/.test(raw)) return;
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading && heading[1]!.length <= 2) inReferences = /^references$/i.test(heading[2]!.trim());
    let text = raw.replace(NOT_PROSE, blank);
    if (inReferences) text = text.replace(QUOTED, blank);
    out.push({ line, text });
  });
  return out;
}

/** Every spelling in an MDX source that the handbook writes another way. */
export function checkSpelling(source: string): SpellingIssue[] {
  const issues: SpellingIssue[] = [];
  for (const { line, text } of proseLines(source)) {
    for (const m of text.matchAll(/[A-Za-z]+/g)) {
      const word = m[0];
      const us = BRITISH_WORDS[word.toLowerCase()] ?? usIseSpelling(word);
      if (us) issues.push({ line, found: word, expected: withCaseOf(word, us) });
    }
    for (const m of text.matchAll(/\b[nN][dD][cC][gG]\b/g)) {
      if (m[0] !== 'nDCG') issues.push({ line, found: m[0], expected: 'nDCG' });
    }
    // The noun is "fan-out"; the verb ("the query fans out to 16 shards") is ordinary English.
    for (const m of text.matchAll(/\bfanouts?\b|\b(?:a|the|its|this|of|high|wide|large|bigger|same)\s+fan\s+out\b/gi)) {
      issues.push({ line, found: m[0].replace(/^\S+\s+(?=fan\s)/i, ''), expected: 'fan-out' });
    }
  }
  return issues;
}
