/** alignByLikeness: items kept, paired, deleted and inserted in redline order, linear past its budget. (Invented words.) */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignByLikeness, type Aligned } from '../../src/compare/align-by-likeness.js';
import { bagLikeness, wordBag } from '../../src/compare/word-bag.js';

const options = { same: (x: string, y: string) => x === y, likeness: (x: string, y: string) => bagLikeness(wordBag(x), wordBag(y)) };

/** The alignment as lines: "= kept", "~ base -> amended", "- deleted", "+ inserted". */
function lines(steps: ReadonlyArray<Aligned<string>>): string[] {
  return steps.map((s) => (s.type === 'kept' ? `= ${s.base}` : s.type === 'paired' ? `~ ${s.base} -> ${s.amended}` : s.type === 'deleted' ? `- ${s.base}` : `+ ${s.amended}`));
}

describe('alignByLikeness', () => {
  it('keeps the ends, pairs a changed item and marks one inserted in the middle', () => {
    const base = ['the User shall notify the Panel', 'the DCC shall keep a record', 'each Party shall comply'];
    const amended = ['the User shall notify the Panel', 'the DCC shall keep a written record', 'a new duty of the Authority', 'each Party shall comply'];
    expect(lines(alignByLikeness(base, amended, options))).toEqual([
      '= the User shall notify the Panel',
      '~ the DCC shall keep a record -> the DCC shall keep a written record',
      '+ a new duty of the Authority',
      '= each Party shall comply',
    ]);
  });

  it('pairs left-over items only while somewhat alike, deleting those skipped', () => {
    const base = ['alpha beta gamma delta', 'red green blue yellow', 'one two three four'];
    const amended = ['red green blue purple', 'five six seven eight'];
    expect(lines(alignByLikeness(base, amended, options))).toEqual([
      '- alpha beta gamma delta',
      '~ red green blue yellow -> red green blue purple',
      '+ five six seven eight',
      '- one two three four',
    ]);
  });

  it('looks for an earlier self at most 64 items ahead', () => {
    // 70 unlike items deleted before the one the amended item rewrites (43% alike: too unlike for
    // jsdiff's pass, alike enough to pair side by side): too far to pair.
    const filler = Array.from({ length: 70 }, (_, k) => `filler ${k}`);
    const base = [...filler, 'the Panel shall publish the report'];
    const amended = ['the Panel may publish a summary of findings'];
    const steps = alignByLikeness(base, amended, options);
    expect(steps.filter((s) => s.type === 'paired')).toEqual([]);
    expect(steps).toHaveLength(72);
    // Within the window it pairs.
    const near = alignByLikeness([...filler.slice(0, 60), 'the Panel shall publish the report'], amended, options);
    expect(lines(near).filter((l) => l.startsWith('~'))).toEqual(['~ the Panel shall publish the report -> the Panel may publish a summary of findings']);
  });

  it('gives every item once, each side in order, and the same steps for the same input', () => {
    const items = fc.array(fc.constantFrom('a b c', 'a b d', 'x y z', 'x y', 'p q r s', 'p q', 'c d e'), { maxLength: 12 });
    fc.assert(
      fc.property(items, items, (base, amended) => {
        const steps = alignByLikeness(base, amended, options);
        expect(steps.flatMap((s) => (s.type === 'inserted' ? [] : [s.base]))).toEqual(base);
        expect(steps.flatMap((s) => (s.type === 'deleted' ? [] : [s.amended]))).toEqual(amended);
        expect(steps.filter((s) => s.type === 'kept').every((s) => s.type === 'kept' && s.base === s.amended)).toBe(true);
        expect(alignByLikeness(base, amended, options)).toEqual(steps);
      }),
      { numRuns: 1000 },
    );
  });

  it('stays within its budget on thousands of items all rewritten, the same way each time', () => {
    // Past the edit budget jsdiff gives up and the window pairs alike items in order.
    const base = Array.from({ length: 4000 }, (_, k) => `item ${k} of the schedule as it stood`);
    const amended = Array.from({ length: 4000 }, (_, k) => `item ${k} rewritten wholly anew`);
    let calls = 0;
    const counted = { ...options, likeness: (x: string, y: string) => (calls++, options.likeness(x, y)) };
    const steps = alignByLikeness(base, amended, counted);
    // Unbounded, jsdiff alone compares about (items × edits) / 2 = 16 million pairs here.
    expect(calls).toBeLessThan(3_000_000);
    expect(steps.filter((s) => s.type === 'paired').length).toBeGreaterThan(3000);
    expect(alignByLikeness(base, amended, options)).toEqual(steps);
  });
});
