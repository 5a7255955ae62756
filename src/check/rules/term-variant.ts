/**
 * term-variant: words that nearly are a defined term. Three kinds: another capitalisation ("Title
 * page" where "Title Page" is defined; plain lower case is ordinary English and not reported), a
 * near spelling or number ("Communication Hub" for "Communications Hub", "SMETS2 Device" for
 * "SMETS2+ Device"), and one term defined twice with two capitalisations. A different digit is a
 * different thing (SMETS1 is not a misspelt SMETS2), so digits must agree.
 */
import type { Rule, RuleContext } from '../rule.js';
import { nearTerms } from '../near-term.js';
import { baseForm, writesLower } from '../term-index.js';
import { positionAt } from '../text-units.js';

/** A near-miss inside a phrase: its words, the term meant, and where it starts in the phrase. */
interface Variant {
  readonly found: string;
  readonly term: string;
  readonly offset: number;
}

/** The near-misses in a phrase, longest first from each word. */
function variantsIn(piece: string, near: (candidate: string) => string | undefined): Variant[] {
  const words = piece.split(' ');
  const out: Variant[] = [];
  // Try every run of the words: the variant may sit inside a longer phrase.
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) {
      const term = near(baseForm(words.slice(i, j).join(' ')));
      if (!term) continue;
      out.push({ found: words.slice(i, j).join(' '), term, offset: words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0) });
      i = j - 1;
      break;
    }
  }
  return out;
}

function check(context: RuleContext): void {
  const { definitions, phrases, variants, lowerWords } = context.terms;
  if (definitions.size === 0) return;
  for (const use of variants) {
    context.report({ messageId: 'case', data: { found: use.text, term: use.term }, address: use.unit.address, position: positionAt(use.unit, use.offset), quote: `${use.text}|${use.term}` });
  }
  const byLower = new Map<string, string>();
  for (const [term, definition] of definitions) {
    const other = byLower.get(term.toLowerCase());
    if (other === undefined) byLower.set(term.toLowerCase(), term);
    // Often deliberate ("a "library"" for any, "the "Library"" for this one): a remark, not a warning.
    else context.report({ messageId: 'twoWays', data: { found: term, term: other }, address: definition.address, position: definition.position, quote: `${term}|${other}`, severity: 'info' });
  }
  const nearTerm = nearTerms(definitions);
  // One word the text also writes in lower case is a word of its own ("Licensee" is not a misspelt "License").
  const near = (candidate: string) => (candidate.includes(' ') || !writesLower(lowerWords, candidate) ? nearTerm(candidate) : undefined);
  // A code repeats its phrases thousands of times: judge each phrase once.
  const judged = new Map<string, Variant[]>();
  for (const phrase of phrases) {
    // A heading's words or a word in quotes is named, not used as a term.
    if (phrase.quoted || phrase.inTitle) continue;
    // Capitals throughout are shouting ("THE WIDGET IS PROVIDED AS IS"), not a spelling of a term.
    if (!/\p{Ll}/u.test(phrase.text)) continue;
    let variants = judged.get(phrase.text);
    if (!variants) judged.set(phrase.text, (variants = variantsIn(phrase.text, near)));
    for (const { found, term, offset } of variants) {
      context.report({ messageId: 'variant', data: { found, term }, address: phrase.unit.address, position: positionAt(phrase.unit, phrase.offset + offset), quote: `${found}|${term}` });
    }
  }
}

export const termVariant: Rule = {
  meta: {
    id: 'term-variant',
    type: 'problem',
    description: 'Near-misses of defined terms: another capitalisation, a letter or symbol off',
    defaultSeverity: 'warning',
    messages: {
      variant: '"{{found}}" is not a defined term; did you mean "{{term}}"?',
      case: '"{{found}}" is the defined term "{{term}}" capitalised another way',
      twoWays: '"{{found}}" is defined here and "{{term}}" elsewhere: one term capitalised two ways, or two terms told apart only by a capital (check it is meant)',
    },
  },
  check,
};
