/** Annex A instructions and context, for MP087 and for an invented modification that amends, inserts and deletes. */
import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/compare/build-annex.js';
import { openStore } from '../../src/store/store.js';
import { tempCopy } from '../cli/temp-copy.js';
import { cpSync } from 'node:fs';
import { join } from 'node:path';

function annexOf(id: string, context?: 'clause' | 'heading' | 'section') {
  const dir = tempCopy('clauses');
  cpSync('test/fixtures/lifecycle/modifications', join(dir, 'SEC', 'modifications'), { recursive: true });
  const store = openStore(dir);
  const mod = store.loadModification(id);
  return buildAnnex(store.resolve({ at: mod.meta.base }), mod, store.resolve({ mod: id }), context ? { context } : {});
}

const shown = (annex: ReturnType<typeof annexOf>) =>
  annex.sections.flatMap((s) => s.instructions.map((i) => [i.text, i.headings.flatMap((h) => h.clauses.map((c) => `${c.number}:${c.kind}`))]));

describe('buildAnnex', () => {
  it('MP087: one instruction, then G3.17 to G3.21 under their cross-heading, dated 4 November 2019', () => {
    const annex = annexOf('MP087');
    expect(annex.base).toBe('6.17');
    expect(annex.date).toBe('2019-11-04');
    expect(annex.sections.map((s) => [s.id, s.title])).toEqual([['G', 'Security']]);
    expect(shown(annex)).toEqual([['Amend Section G3.20 as follows:', ['G3.17:unchanged', 'G3.18:unchanged', 'G3.19:unchanged', 'G3.20:amended', 'G3.21:unchanged']]]);
  });

  it('names every kind of change in one instruction when the whole cross-heading is shown', () => {
    expect(shown(annexOf('MP950')).map(([text]) => text)).toEqual(['Amend Section G3.19, insert new Section G3.20A and delete Section G3.21 as follows:']);
  });

  it('gives each kind of change its own instruction clause by clause, a deletion with no text', () => {
    expect(shown(annexOf('MP950', 'clause'))).toEqual([
      ['Amend Section G3.19 as follows:', ['G3.19:amended']],
      ['Insert new Section G3.20A as follows:', ['G3.20A:inserted']],
      ['Delete Section G3.21.', []],
    ]);
  });

  it('shows the whole Section with --context section', () => {
    const [[text, clauses]] = shown(annexOf('MP087', 'section')) as [[string, string[]]];
    expect(text).toBe('Amend Section G3.20 as follows:');
    expect(clauses).toHaveLength(5);
  });
});
