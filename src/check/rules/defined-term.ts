/**
 * defined-term: capitalised terms used but defined nowhere (Section A list or an inline "X" means),
 * and definitions never used. With no definitions held at all (an extract without Section A), it
 * says so once instead of reporting every capitalised word.
 */
import type { Rule, RuleContext } from '../rule.js';
import { nearTerms } from '../near-term.js';
import { baseForm, matchTerms } from '../term-index.js';
import { positionAt } from '../text-units.js';

/** Capitalised words that are not terms: structure, calendar, grammar. */
const ORDINARY = new Set([
  'Section', 'Sections', 'Schedule', 'Appendix', 'Annex', 'Part', 'Condition', 'Clause', 'Paragraph', 'Code', 'This', 'The', 'A', 'An', 'Any', 'Each', 'Where', 'If', 'In', 'Nothing', 'For', 'Subject', 'Save', 'Provided', 'Unless', 'Such', 'That', 'It', 'No', 'All', 'On', 'At', 'By', 'To', 'Not', 'Used',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Great', 'Britain', 'England', 'Wales', 'Scotland', 'Act', 'Regulations',
]);

function sentenceStart(text: string, offset: number): boolean {
  const before = text.slice(0, offset).trimEnd();
  return before === '' || /[.:;]$|\($/.test(before);
}

function check(context: RuleContext): void {
  const { definitions, phrases } = context.terms;
  if (definitions.size === 0) {
    context.report({ messageId: 'noDefinitions', data: { version: context.version.id }, address: context.version.code, severity: 'info', quote: 'no-definitions' });
    return;
  }
  const near = nearTerms(definitions);
  // Names the code uses without defining them (a body, a place), as the configuration lists them.
  const allowed = new Set((context.options.allow as readonly string[] | undefined) ?? []);
  const used = new Set<string>();
  const reported = new Set<string>();
  for (const phrase of phrases) {
    const { terms, rest } = matchTerms(phrase.text, definitions);
    for (const term of terms) used.add(term);
    for (const piece of rest) {
      // Only capitalised words that are neither ordinary words nor acronyms can be terms.
      const words = piece.text.split(' ');
      const significant = (w: string) => /^[A-Z]/.test(w) && !ORDINARY.has(w.replace(/['’]s$/, '')) && !/^[A-Z0-9+]{2,}(['’]s)?$/.test(w);
      const first = words.findIndex(significant);
      if (first < 0) continue;
      let last = words.length - 1;
      while (!significant(words[last] as string)) last--;
      const term = words.slice(first, last + 1).join(' ');
      const offset = phrase.offset + piece.offset + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
      // A lone capitalised word opening a sentence is grammar, not a term.
      if (first === last && sentenceStart(phrase.unit.text, offset)) continue;
      if (allowed.has(term)) continue;
      // A near-miss of a defined term is term-variant's finding, with the term it meant.
      if (near(baseForm(term))) continue;
      const key = `${phrase.unit.address}|${term}`;
      if (reported.has(key)) continue;
      reported.add(key);
      context.report({ messageId: 'undefined', data: { term }, address: phrase.unit.address, position: positionAt(phrase.unit, offset), quote: term });
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
    description: 'Capitalised terms must be defined, and definitions used',
    defaultSeverity: 'warning',
    messages: {
      undefined: '"{{term}}" looks like a defined term but is defined nowhere',
      unused: 'the definition of "{{term}}" is never used',
      noDefinitions: 'version {{version}} holds no definitions (no Section A, no inline "X" means): defined terms were not checked',
    },
    options: {
      allow: { type: 'string[]', description: 'capitalised names that are not defined terms, as its findings name them ("Secretary of State")' },
    },
  },
  check,
};
