import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalTokens, tokenCore } from '../../src/compare/legal-tokens.js';

describe('legalTokens', () => {
  it('keeps references, numbers, dates and terms whole, with the white space after each', () => {
    expect(legalTokens('  under Section G3.18(a)(ii), by 4 November 2019 (1,200 SMETS2+ Devices).')).toEqual([
      '  ', 'under ', 'Section ', 'G3.18(a)(ii)', ', ', 'by ', '4 November 2019 ', '(', '1,200 ', 'SMETS2+ ', 'Devices', ')', '.',
    ]);
  });

  it('joins back to the text exactly, and no token is white space alone but a leading one', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aZ9 \t\n+&<>"\'’–.,;()/é', 'SMETS2+', 'G3.18(a)', '4 May 2020', '\u00a0'), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => {
        const tokens = legalTokens(t);
        expect(tokens.join('')).toBe(t);
        tokens.forEach((token, i) => expect(tokenCore(token) === '' && i > 0).toBe(false));
      }),
      { numRuns: 500 },
    );
  });
});
