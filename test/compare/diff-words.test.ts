/** diffWords' own shortcuts give what jsdiff alone gives. */
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, middleChanges } from '../../src/compare/diff-words.js';
import { acceptSpans, rejectSpans } from '../../src/model/spans.js';

type Change = { count: number; added: boolean; removed: boolean };

/** Changes as runsOf reads them: kept counts, and between them how many words went and came. */
function asRuns(changes: readonly Change[]): string[] {
  const runs: string[] = [];
  let gone = 0;
  let came = 0;
  const flush = () => {
    if (gone + came > 0) runs.push(`-${gone}+${came}`);
    gone = came = 0;
  };
  for (const c of changes) {
    if (c.removed) gone += c.count;
    else if (c.added) came += c.count;
    else {
      flush();
      runs.push(`=${c.count}`);
    }
  }
  flush();
  return runs;
}

describe('middleChanges', () => {
  it('reads as diffArrays does, shared words or none', () => {
    const words = fc.array(fc.constantFrom('the', 'User', 'DCC', 'shall', ',', 'SMETS2+', 'Device', 'G3.18(a)'), { maxLength: 12 });
    fc.assert(
      fc.property(words, words, (x, y) => {
        expect(asRuns(middleChanges(x, y))).toEqual(asRuns(diffArrays(x, y)));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers words with nothing in common as one deletion and one insertion', () => {
    expect(asRuns(middleChanges(['a', 'b'], ['c']))).toEqual(['-2+1']);
    expect(middleChanges([], [])).toEqual([]);
  });
});

describe('middleChanges of long texts (between anchors)', () => {
  /** Replays changes on x: kept words must be the same on both sides, and both texts used up. */
  function replay(x: readonly string[], y: readonly string[], changes: readonly Change[]): void {
    let b = 0;
    let a = 0;
    for (const c of changes) {
      if (c.removed) b += c.count;
      else if (c.added) a += c.count;
      else {
        expect(x.slice(b, b + c.count)).toEqual(y.slice(a, a + c.count));
        b += c.count;
        a += c.count;
      }
    }
    expect([b, a]).toEqual([x.length, y.length]);
  }

  it('is an edit script of x into y, whatever the words', () => {
    // Numbered words are unique (anchors), the rest repeat: edits of a long text around both.
    const word = fc.oneof(fc.constantFrom('the', 'User', 'shall', ','), fc.nat(3000).map((n) => `w${n}`));
    const text = fc.array(word, { minLength: 2100, maxLength: 3000 });
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.array(word, { maxLength: 40 })), { maxLength: 30 }), (x, edits) => {
        const y = [...x];
        for (const [at, remove, insert] of edits) y.splice(at % (y.length + 1), remove, ...insert);
        replay(x, y, middleChanges(x, y));
      }),
      { numRuns: 25 },
    );
  });

  it('keeps all but the changed word of a long text, as jsdiff would', () => {
    const x = Array.from({ length: 6000 }, (_, i) => (i % 3 === 0 ? `w${i}` : 'the'));
    const y = [...x];
    y[3001] = 'a';
    const kept = (changes: readonly Change[]) => changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.count, 0);
    expect(kept(middleChanges(x, y))).toBe(5999);
    expect(kept(diffArrays(x, y))).toBe(5999);
  });

  it('reads a long stretch with nothing to anchor as one deletion and one insertion', () => {
    const x = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? 'a' : 'b'));
    const y = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? 'a' : 'c'));
    const changes = middleChanges(x, y);
    replay(x, y, changes);
  });
});

describe('diffWords of a paragraph of megabytes', () => {
  it('marks 300,000 words deleted from the middle (each once passed as an argument: RangeError)', () => {
    const middle = Array.from({ length: 300_000 }, (_, i) => `word${i % 1000}`).join(' ');
    const base = `Start ${middle} end.`;
    const amended = 'Begin end.';
    const spans = diffWords(base, amended);
    expect(acceptSpans(spans)).toBe(amended);
    expect(rejectSpans(spans)).toBe(base);
  });
});
