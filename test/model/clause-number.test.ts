/** Clause numbers in their natural order. */
import { describe, expect, it } from 'vitest';
import { compareClauseNumbers } from '../../src/model/clause-number.js';

describe('compareClauseNumbers', () => {
  it('orders numeric parts as numbers and an inserted clause after its base', () => {
    const shuffled = ['G3.10', 'A1.1', 'G3.17A', 'G3.9', 'G3.18', 'G3.17', 'H1.1', 'G10.1', 'G3.17B'];
    expect([...shuffled].sort(compareClauseNumbers)).toEqual(['A1.1', 'G3.9', 'G3.10', 'G3.17', 'G3.17A', 'G3.17B', 'G3.18', 'G10.1', 'H1.1']);
    expect(compareClauseNumbers('G3.17', 'G3.17')).toBe(0);
    expect(Math.sign(compareClauseNumbers('G3.17', 'G3.17.1'))).toBe(-1);
  });
});
