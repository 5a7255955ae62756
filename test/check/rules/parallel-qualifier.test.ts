import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVersion } from '../../../src/check/check-version.js';
import { parallelQualifier } from '../../../src/check/rules/parallel-qualifier.js';
import { loadSide } from '../../../src/store/load-side.js';
import { openStore } from '../../../src/store/store.js';
import { FIXTURES, testRule } from '../run-rule.js';

testRule('parallel-qualifier');

describe('parallel-qualifier related locations', () => {
  it('names every parallel that has the words, in one finding', () => {
    const version = loadSide(() => openStore('clauses'), join(FIXTURES, 'parallel-qualifier/invalid/three-parallels-one-finding'));
    const found = checkVersion(version, { rules: [parallelQualifier] });
    expect(found.map((f) => [f.address, f.related.map((r) => r.address)])).toEqual([['H1.3', ['H1.1', 'H1.2']]]);
  });

  it('finds the G3.20(b) slip in SEC 6.17 with G3.17(b) as its parallel, and not after MP087', () => {
    const store = openStore('clauses');
    const before = checkVersion(store.resolve({ at: '6.17' }), { rules: [parallelQualifier] });
    expect(before.map((f) => ({ address: f.address, other: f.data.other, words: f.data.words, related: f.related.map((r) => r.address) }))).toEqual([
      { address: 'G3.20(b)', other: 'G3.17(b)', words: 'which forms part of a SMETS2+ Device', related: ['G3.17(b)'] },
    ]);
    expect(checkVersion(store.resolve({ mod: 'MP087' }), { rules: [parallelQualifier] })).toEqual([]);
  });
});
