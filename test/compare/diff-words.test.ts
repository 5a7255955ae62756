/** diffWords' own shortcuts give what jsdiff alone gives. */
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { middleChanges } from '../../src/compare/diff-words.js';

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
