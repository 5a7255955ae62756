/**
 * The defined term a capitalised phrase nearly is ("Communication Hub Function" for
 * "Communications Hub Function"): term-variant reports such phrases, and defined-term leaves them to
 * it, so one slip is one finding.
 */
import type { TermDefinition } from './term-index.js';

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

const ACRONYM = /^[A-Z0-9+&/-]{2,}$/;

/**
 * True when the words differ in an acronym's letters ("GNU LGPL" against "GNU GPL"): another letter
 * in an acronym names another thing, as another digit does. A symbol off ("SMETS2" against
 * "SMETS2+") is still a slip.
 */
function otherAcronym(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.some((w, i) => {
    const v = y[i] as string;
    return w !== v && (ACRONYM.test(w) || ACRONYM.test(v)) && w.replace(/[^A-Za-z0-9]/g, '') !== v.replace(/[^A-Za-z0-9]/g, '');
  });
}

/**
 * A function giving the defined term a phrase nearly is (a letter or symbol off, same word count,
 * same digits: SMETS1 is not a misspelt SMETS2), or undefined. Terms are grouped by word count and
 * digits so that only one group is searched, and each phrase is judged once.
 */
export function nearTerms(definitions: ReadonlyMap<string, TermDefinition>): (candidate: string) => string | undefined {
  const groups = new Map<string, string[]>();
  for (const term of definitions.keys()) {
    if (term.length < 4) continue;
    const key = `${term.split(' ').length}|${digits(term)}`;
    groups.set(key, [...(groups.get(key) ?? []), term]);
  }
  const memo = new Map<string, string | undefined>();
  const judge = (candidate: string): string | undefined => {
    if (definitions.has(candidate)) return undefined;
    const limit = candidate.length >= 12 ? 2 : 1;
    for (const term of groups.get(`${candidate.split(' ').length}|${digits(candidate)}`) ?? []) {
      if (Math.abs(term.length - candidate.length) > limit) continue;
      if (term.toLowerCase() === candidate.toLowerCase()) return term;
      if (distance(candidate, term, limit) <= limit && !otherAcronym(candidate, term)) return term;
    }
    return undefined;
  };
  return (candidate) => {
    if (!memo.has(candidate)) memo.set(candidate, judge(candidate));
    return memo.get(candidate);
  };
}
