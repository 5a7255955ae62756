/**
 * term-variant: a capitalised phrase that is not a defined term but nearly is one ("Communication
 * Hub Function" for "Communications Hub Function", "SMETS2 Device" for "SMETS2+ Device"). A
 * different digit is a different thing (SMETS1 is not a misspelt SMETS2), so digits must agree.
 */
import type { Rule, RuleContext } from '../rule.js';
import { nearTerms } from '../near-term.js';
import { baseForm, matchTerms } from '../term-index.js';
import { positionAt } from '../text-units.js';

function check(context: RuleContext): void {
  const { definitions, phrases } = context.terms;
  if (definitions.size === 0) return;
  const near = nearTerms(definitions);
  for (const phrase of phrases) {
    const { rest } = matchTerms(phrase.text, definitions);
    for (const piece of rest) {
      const words = piece.text.split(' ');
      // Try every run of the leftover words: the variant may sit inside a longer phrase.
      for (let i = 0; i < words.length; i++) {
        for (let j = words.length; j > i; j--) {
          const candidate = baseForm(words.slice(i, j).join(' '));
          const term = near(candidate);
          if (!term) continue;
          const offset = phrase.offset + piece.offset + words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
          context.report({ messageId: 'variant', data: { found: words.slice(i, j).join(' '), term }, address: phrase.unit.address, position: positionAt(phrase.unit, offset), quote: `${words.slice(i, j).join(' ')}|${term}` });
          i = j;
          break;
        }
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
