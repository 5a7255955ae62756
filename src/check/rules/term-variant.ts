/**
 * term-variant: a capitalised phrase that is not a defined term but nearly is one ("Communication
 * Hub Function" for "Communications Hub Function", "SMETS2 Device" for "SMETS2+ Device"). A
 * different digit is a different thing (SMETS1 is not a misspelt SMETS2), so digits must agree.
 */
import type { Rule, RuleContext } from '../rule.js';
import { nearTerms } from '../near-term.js';
import { baseForm, matchTerms } from '../term-index.js';
import { positionAt } from '../text-units.js';

/** A near-miss inside a piece of a phrase: its words, the term meant, and where it starts in the piece. */
interface Variant {
  readonly found: string;
  readonly term: string;
  readonly offset: number;
}

/** The near-misses in a piece of leftover words, longest first from each word. */
function variantsIn(piece: string, near: (candidate: string) => string | undefined): Variant[] {
  const words = piece.split(' ');
  const out: Variant[] = [];
  // Try every run of the leftover words: the variant may sit inside a longer phrase.
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) {
      const term = near(baseForm(words.slice(i, j).join(' ')));
      if (!term) continue;
      out.push({ found: words.slice(i, j).join(' '), term, offset: words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0) });
      i = j;
      break;
    }
  }
  return out;
}

function check(context: RuleContext): void {
  const { definitions, phrases } = context.terms;
  if (definitions.size === 0) return;
  const near = nearTerms(definitions);
  // A code repeats its phrases thousands of times: judge each piece of words once.
  const judged = new Map<string, Variant[]>();
  for (const phrase of phrases) {
    const { rest } = matchTerms(phrase.text, definitions);
    for (const piece of rest) {
      let variants = judged.get(piece.text);
      if (!variants) judged.set(piece.text, (variants = variantsIn(piece.text, near)));
      for (const { found, term, offset } of variants) {
        const at = phrase.offset + piece.offset + offset;
        context.report({ messageId: 'variant', data: { found, term }, address: phrase.unit.address, position: positionAt(phrase.unit, at), quote: `${found}|${term}` });
      }
    }
  }
}

export const termVariant: Rule = {
  meta: {
    id: 'term-variant',
    type: 'problem',
    description: 'Near-misses of defined terms (a letter or symbol off)',
    defaultSeverity: 'warning',
    messages: { variant: '"{{found}}" is not a defined term; did you mean "{{term}}"?' },
  },
  check,
};
