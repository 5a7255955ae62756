import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStoreName, checkStoreRef, storeNameProblem } from '../../src/store/store-name.js';

describe('store names', () => {
  it.each(['6.17', '6.17.1', '6.18-draft', 'MP087', 'MP087A', 'G', 'SEC', 'a_b', '6.17+MP087', 'x'.repeat(64)])('accepts %j', (name) => {
    expect(storeNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', /empty/],
    ['..', /'\.\.'/],
    ['../x', /separator/],
    ['a/b', /separator/],
    ['a\\b', /separator/],
    ['/abs', /separator/],
    ['6..17', /'\.\.'/],
    ['.hidden', /starts with a dot/],
    ['-rf', /starts with a dash/],
    ['6.17.', /ends with a dot/],
    ['a\0b', /NUL/],
    ['modifications', /reserves/],
    ['Modifications', /reserves/],
    ['CON', /device/],
    ['nul.txt', /device/],
    ['6.17 draft', /character/],
    ['Ｇ', /character/],
    ['é', /character/],
    ['x'.repeat(65), /65 characters/],
  ])('refuses %j', (name, why) => {
    expect(storeNameProblem(name)).toMatch(why);
  });

  it('says which name, from where, and what a name is, in one line', () => {
    expect(() => checkStoreName('../../x\n', 'version id', '--as')).toThrow(
      /^version id '\.\.\/\.\.\/x\\n' \(--as\) holds a path separator \(a version id is a letter or digit, then letters, digits, \. _ \+ or -, at most 64, e\.g\. 6\.17\.1\)$/,
    );
  });

  it('takes code/id references, and nothing deeper', () => {
    expect(checkStoreRef('SEC/6.17', 'version id')).toEqual({ code: 'SEC', id: '6.17' });
    expect(checkStoreRef('6.17', 'version id')).toEqual({ code: undefined, id: '6.17' });
    expect(() => checkStoreRef('SEC/a/b', 'version id')).toThrow(/separator/);
    expect(() => checkStoreRef('../6.17', 'version id')).toThrow(/separator/);
    expect(() => checkStoreRef('SEC/..', 'version id')).toThrow(/'\.\.'/);
  });

  it('property: whatever passes is one plain path segment that joins no further than its folder', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom('..', '.', '/', '\\', '\0', 'modifications')), (name) => {
        if (storeNameProblem(name) !== undefined) return;
        expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/);
        expect(name).not.toContain('..');
        expect(name.length).toBeLessThanOrEqual(64);
      }),
      { numRuns: 2000 },
    );
  });
});
