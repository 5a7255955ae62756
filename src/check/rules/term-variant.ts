/**
 * term-variant: a capitalised phrase that is not a defined term but nearly is one ("Communication
 * Hub Function" for "Communications Hub Function", "SMETS2 Device" for "SMETS2+ Device"). A
 * different digit is a different thing (SMETS1 is not a misspelt SMETS2), so digits must agree.
 */
import type { Rule, RuleContext } from '../rule.js';
import { baseForm, matchTerms } from '../term-index.js';
import { positionAt } from '../text-units.js';

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

function digits(text: string): string {
  return text.replace(/[^0-9]/g, '');
}

/** Terms grouped by word count and digits: a variant must agree on both, so only a group is searched. */
function groupTerms(terms: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const term of terms) {
    const key = `${term.split(' ').length}|${digits(term)}`;
    groups.set(key, [...(groups.get(key) ?? []), term]);
  }
  return groups;
}

/** The defined term `candidate` nearly is, if any. */
function nearTerm(candidate: string, groups: ReadonlyMap<string, readonly string[]>): string | undefined {
  const limit = candidate.length >= 12 ? 2 : 1;
  for (const term of groups.get(`${candidate.split(' ').length}|${digits(candidate)}`) ?? []) {
    if (Math.abs(term.length - candidate.length) > limit) continue;
    if (term.toLowerCase() === candidate.toLowerCase()) return term;
    if (distance(candidate, term, limit) <= limit) return term;
  }
  return undefined;
}

function check(context: RuleContext): void {
  const { definitions, phrases } = context.terms;
  const terms = [...definitions.keys()].filter((t) => t.length >= 4);
  if (terms.length === 0) return;
  const groups = groupTerms(terms);
  // The same phrases recur thousands of times in a code: judge each once.
  const memo = new Map<string, string | undefined>();
  const near = (candidate: string) => {
    if (!memo.has(candidate)) memo.set(candidate, nearTerm(candidate, groups));
    return memo.get(candidate);
  };
  for (const phrase of phrases) {
    const { rest } = matchTerms(phrase.text, definitions);
    for (const piece of rest) {
      const words = piece.text.split(' ');
      // Try every run of the leftover words: the variant may sit inside a longer phrase.
      for (let i = 0; i < words.length; i++) {
        for (let j = words.length; j > i; j--) {
          const candidate = baseForm(words.slice(i, j).join(' '));
          const term = near(candidate);
          if (!term || definitions.has(candidate)) continue;
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
