/**
 * defined-term: a capitalised phrase used as a term that nothing defines, and definitions never
 * used. Conservative, because a reviewer who sees one useful finding in ten turns a check off: an
 * unknown phrase is reported only when the version holds its definitions and the phrase is used as
 * a term, mid-sentence, more than once, and is not a name (a document naming itself, an Act, a
 * body, a product, a numbered part), nor the id after "Section" or "Part", nor a piece of a longer
 * defined term. A near-miss of a defined term is term-variant's finding, with the term meant. In
 * an extract, whose definitions may stand elsewhere, the rule says once, as info, what it did not
 * judge.
 */
import type { Rule, RuleContext } from '../rule.js';
import { nearTerms } from '../near-term.js';
import { baseForm, writesLower, type Phrase } from '../term-index.js';
import { positionAt } from '../text-units.js';

/** Capitalised words that are not terms: structure, calendar, grammar. */
const ORDINARY = new Set([
  'Section', 'Sections', 'Schedule', 'Schedules', 'Appendix', 'Annex', 'Exhibit', 'Part', 'Parts', 'Chapter', 'Article', 'Condition', 'Clause', 'Paragraph', 'Code', 'This', 'These', 'Those', 'The', 'A', 'An', 'Any', 'Each', 'Every', 'Where', 'When', 'If', 'In', 'Nothing', 'For', 'Subject', 'Save', 'Provided', 'Unless', 'Such', 'That', 'It', 'No', 'All', 'On', 'At', 'By', 'To', 'Not', 'Used', 'Of', 'And', 'Or', 'As', 'With', 'Without', 'Under', 'Upon', 'From', 'Notwithstanding', 'However', 'Otherwise', 'Also', 'Note', 'See', 'Only', 'Both', 'Either', 'Neither', 'Its', 'Their', 'Our', 'We', 'You', 'Your', 'I', 'He', 'She', 'They', 'Mr', 'Mrs', 'Ms', 'Dr',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);
/** Words after which the next token names a part of a document ("Section H", "Part 2"), not a term. */
const STRUCTURE = new Set(['section', 'sections', 'schedule', 'schedules', 'appendix', 'appendices', 'annex', 'annexes', 'exhibit', 'exhibits', 'part', 'parts', 'chapter', 'chapters', 'article', 'articles', 'condition', 'conditions', 'clause', 'clauses', 'paragraph', 'paragraphs', 'table', 'figure', 'entitled', 'titled']);
/** The document, or a part of it, naming itself: "this Licence", "these Regulations". */
const DEICTIC = new Set(['this', 'these', 'that', 'those', 'such', 'said']);
/** Last words of the names of bodies, places and enactments. */
const NAME_ENDS = new Set(['act', 'acts', 'regulations', 'order', 'directive', 'rules', 'foundation', 'inc', 'ltd', 'limited', 'plc', 'llc', 'llp', 'corporation', 'corp', 'company', 'co', 'authority', 'council', 'office', 'institute', 'association', 'society', 'agency', 'commission', 'department', 'ministry', 'court', 'courts', 'university', 'government', 'kingdom', 'states', 'union', 'state', 'board', 'group', 'bank', 'trust', 'centre', 'center', 'project', 'consortium', 'organisation', 'organization',
  // A document's name ("the Lesser Widget Licence", "the Gadget Agreement") is a name, defined or not.
  'license', 'licence', 'agreement', 'contract', 'deed', 'charter', 'treaty', 'convention', 'statute']);

const CONNECTOR = /^(?:of|and|for|the|to|in|on)$/;

function significant(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !ORDINARY.has(word.replace(/['’]s$/, ''));
}

/** True when the words are a name, not a term: an acronym or a word the text never writes in lower case, a body's or an Act's last word, a number or id after it. */
function isName(words: readonly string[], after: string, lowerWords: ReadonlySet<string>): boolean {
  if (/^(?:\p{N}|[A-Z]$|[IVXLC]+$)/u.test(after)) return true;
  const last = (words.at(-1) as string).toLowerCase();
  if (NAME_ENDS.has(last)) return true;
  return words.some((w) => {
    if (CONNECTOR.test(w)) return false;
    if (w.length < 2 || !/\p{Ll}/u.test(w) || /\p{N}/u.test(w)) return true;
    return !writesLower(lowerWords, w);
  });
}

interface Candidate {
  readonly term: string;
  readonly first: Phrase;
  readonly offset: number;
  uses: number;
}

function check(context: RuleContext): void {
  const { definitions, phrases, used, lowerWords } = context.terms;
  if (definitions.size === 0) {
    context.report({ messageId: 'noDefinitions', data: { version: context.version.id }, address: context.version.code, severity: 'info', quote: 'no-definitions' });
    return;
  }
  const near = nearTerms(definitions);
  // Names the code uses without defining them (a body, a place), as the configuration lists them.
  const allowed = new Set((context.options.allow as readonly string[] | undefined) ?? []);
  const definedLower = [...definitions.keys()].map((t) => ` ${t.toLowerCase()} `);
  const candidates = new Map<string, Candidate>();
  for (const phrase of phrases) {
    if (phrase.quoted || phrase.inTitle) continue;
    const words = phrase.text.split(/\s+/);
    const first = words.findIndex(significant);
    if (first < 0) continue;
    let last = words.length - 1;
    while (!significant(words[last] as string)) last--;
    const termWords = words.slice(first, last + 1);
    const term = termWords.join(' ');
    // Where it stands: opening a sentence (grammar), after "Section" (an id), after "this" (the document itself).
    const before = first > 0 ? (words[first - 1] as string) : phrase.before;
    if (first === 0 && phrase.sentenceStart) continue;
    if (STRUCTURE.has(before.toLowerCase()) || DEICTIC.has(before.toLowerCase())) continue;
    if (allowed.has(term)) continue;
    const after = last < words.length - 1 ? (words[last + 1] as string) : phrase.after;
    if (isName(termWords, after, lowerWords)) continue;
    // A near-miss of a defined term is term-variant's finding, with the term it meant.
    const base = baseForm(term);
    if (near(base)) continue;
    // A piece of a longer defined term ("Interface Specification" of "GB Interface Specification").
    const lower = ` ${base.toLowerCase()} `;
    if (definedLower.some((t) => t.includes(lower))) continue;
    const offset = phrase.offset + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
    const found = candidates.get(base);
    if (found) found.uses++;
    else candidates.set(base, { term, first: phrase, offset, uses: 1 });
  }
  const repeated = [...candidates.values()].filter((c) => c.uses > 1);
  if (context.version.extract) {
    // Its definitions may stand in the Sections the extract leaves out: nothing to judge by.
    if (repeated.length > 0) context.report({ messageId: 'extract', data: { version: context.version.id, count: String(repeated.length) }, address: context.version.code, severity: 'info', quote: 'extract' });
  } else {
    for (const c of repeated) {
      context.report({ messageId: 'undefined', data: { term: c.term, uses: String(c.uses) }, address: c.first.unit.address, position: positionAt(c.first.unit, c.offset), quote: c.term });
    }
  }
  for (const [term, definition] of definitions) {
    if (!used.has(term)) {
      context.report({ messageId: 'unused', data: { term }, address: definition.address, position: definition.position, severity: 'info', quote: term });
    }
  }
}

export const definedTerm: Rule = {
  meta: {
    id: 'defined-term',
    type: 'problem',
    description: 'Capitalised phrases used as terms must be defined, and definitions used',
    defaultSeverity: 'warning',
    messages: {
      undefined: '"{{term}}" is used as a defined term ({{uses}} times) but is defined nowhere',
      unused: 'the definition of "{{term}}" is never used',
      noDefinitions: 'version {{version}} holds no definitions (no Section A, no quoted "X" means): defined terms were not checked',
      extract: 'version {{version}} is an extract: {{count}} capitalised phrases used as terms are not defined in it, and were not judged (their definitions may stand in what the extract leaves out)',
    },
    options: {
      allow: { type: 'string[]', description: 'capitalised names that are not defined terms, as its findings name them ("Secretary of State")' },
    },
  },
  check,
};
