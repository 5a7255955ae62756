/**
 * candidatePairs against the plain definition it implements: for every two paragraphs, count the
 * distinct shingles they share that are in 2..24 paragraphs, and pair them at 40% of the shorter
 * one's shingles (and at least two). Words are invented from a small vocabulary, so that shingles
 * recur, and many paragraphs share one, as boilerplate does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/check/candidate-pairs.js';

function reference(paragraphs: ReadonlyArray<readonly string[]>): Array<[number, number]> {
  const shingles = paragraphs.map((w) => new Set(w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`)));
  const frequency = new Map<string, number>();
  for (const own of shingles) for (const s of own) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < paragraphs.length; a++) {
    for (let b = a + 1; b < paragraphs.length; b++) {
      const shared = [...(shingles[a] as Set<string>)].filter((s) => (shingles[b] as Set<string>).has(s) && (frequency.get(s) as number) <= 24).length;
      const shorter = Math.min((paragraphs[a] as string[]).length, (paragraphs[b] as string[]).length);
      if (shared >= Math.max(2, (shorter - 2) * 0.4)) pairs.push([a, b]);
    }
  }
  return pairs;
}

describe('candidatePairs', () => {
  it('pairs exactly the paragraphs the plain definition pairs', () => {
    const paragraph = fc.array(fc.constantFrom('the', 'user', 'shall', 'notify', 'dcc', 'device', 'excluding', 'hub', 'of', 'any'), { maxLength: 14 });
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 40 }), (paragraphs) => {
        expect(candidatePairs(paragraphs.length, (n) => paragraphs[n] as string[])).toEqual(reference(paragraphs));
      }),
      { numRuns: 300 },
    );
  });

  it('ignores a shingle shared by more than 24 paragraphs', () => {
    const boilerplate = Array.from({ length: 26 }, () => ['in', 'accordance', 'with', 'this', 'section']);
    const pairs = (paragraphs: string[][]) => candidatePairs(paragraphs.length, (n) => paragraphs[n] as string[]);
    expect(pairs(boilerplate)).toEqual([]);
    expect(pairs(boilerplate.slice(0, 24))).toHaveLength((24 * 23) / 2);
  });
});
