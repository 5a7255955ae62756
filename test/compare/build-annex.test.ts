/**
 * Annex A instructions and context, for MP087, for an invented modification that amends, inserts
 * and deletes, and for invented tables under cross-headings (test/fixtures/render/annex-heading-tables).
 */
import { describe, expect, it } from 'vitest';
import { buildAnnex, instructionFor, type TableInstruction } from '../../src/compare/build-annex.js';
import type { Version } from '../../src/model/clause-tree.js';
import { parseModificationFile } from '../../src/parse/modification-file.js';
import { applyModification } from '../../src/store/apply-modification.js';
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

describe('buildAnnex: tables under cross-headings (invented Section K, MP960)', () => {
  const store = () => openStore('test/fixtures/render/annex-heading-tables/store');
  const base = () => store().resolve({ at: '1.0' });
  const mp960 = () => store().loadModification('MP960');
  const shownOf = (annex: ReturnType<typeof buildAnnex>) =>
    annex.sections.flatMap((s) => s.instructions.map((i) => [i.text, i.headings.flatMap((h) => [...(h.tables ?? []).map((t) => `table:${t.kind}`), ...h.clauses.map((c) => `${c.number}:${c.kind}`)])]));

  it('clause by clause: one instruction per kind of table change, showing only those tables; clause runs show no tables', () => {
    expect(shownOf(buildAnnex(base(), mp960(), store().resolve({ mod: 'MP960' }), { context: 'clause' }))).toEqual([
      ["Amend the second table under the heading 'Invented Charging Inputs' in Section K as follows:", ['table:amended']],
      ['Insert new Section K1.2 as follows:', ['K1.2:inserted']],
      ["Insert a new table under the heading 'Invented Discounts' in Section K as follows:", ['table:inserted']],
      ['Amend Section K3.1 as follows:', ['K3.1:amended']],
    ]);
  });

  it('the whole Section: one instruction naming the tables first', () => {
    const [[text]] = shownOf(buildAnnex(base(), mp960(), store().resolve({ mod: 'MP960' }), { context: 'section' })) as [[string]];
    expect(text).toBe("Amend the second table under the heading 'Invented Charging Inputs' in Section K, insert a new table under the heading 'Invented Discounts' in Section K, amend Section K3.1 and insert new Section K1.2 as follows:");
  });

  it('a modification that changes only a table under a cross-heading has an annex (it used to read as changing nothing)', () => {
    // Invented words: the first table's one row changed, the second table and K1.1 restated as they stand.
    const source = `---\nid: MP961\ntitle: Invented\ncode: SEC\nbase: "1.0"\nversion: "0.1"\nclassification: White\n---\n\n# Section K: Invented Charges\n\n## Invented Charging Inputs\n\n| Input | Value |\n| --- | --- |\n| Invented Rate | 6 |\n\n| Band | Limit |\n| --- | --- |\n| Invented Band A | 10 |\n| Invented Band B | 20 |\n\nK1.1 The invented charges are worked out from the inputs above.\n`;
    const mod = parseModificationFile(source, 'MP961.md');
    const annex = buildAnnex(base(), mod, applyModification(base(), mod));
    expect(shownOf(annex)).toEqual([["Amend the first table under the heading 'Invented Charging Inputs' in Section K as follows:", ['table:amended', 'table:unchanged', 'K1.1:unchanged']]]);
  });

  it('names a deleted table by its place among the base heading\'s tables, and shows no text for it clause by clause', () => {
    // A consolidated text a modification file cannot express (it can only replace a heading's tables): the first table gone.
    const without = (v: Version): Version => ({ ...v, files: v.files.map((f) => ({ ...f, section: { ...f.section, headings: f.section.headings.map((h, i) => (i === 0 ? { ...h, tables: h.tables!.slice(1) } : h)) } })) });
    expect(shownOf(buildAnnex(base(), mp960(), without(base())))).toEqual([["Delete the first table under the heading 'Invented Charging Inputs' in Section K.", ['table:deleted', 'table:unchanged', 'K1.1:unchanged']]]);
    expect(shownOf(buildAnnex(base(), mp960(), without(base()), { context: 'clause' }))).toEqual([["Delete the first table under the heading 'Invented Charging Inputs' in Section K.", []]]);
  });
});

describe('instructionFor: tables', () => {
  const tables = (kind: TableInstruction['kind'], places: number[], of: number, heading: string | null = 'Charges'): TableInstruction => ({ kind, section: 'K', heading, places, of });

  it('names places only where the heading holds other tables, and says "tables" for several', () => {
    expect(instructionFor([], [tables('amended', [1, 2], 2)])).toBe("Amend the tables under the heading 'Charges' in Section K as follows:");
    expect(instructionFor([], [tables('amended', [1, 3], 3)])).toBe("Amend the first and third tables under the heading 'Charges' in Section K as follows:");
    expect(instructionFor([], [tables('inserted', [1], 1)])).toBe("Insert a new table under the heading 'Charges' in Section K as follows:");
    expect(instructionFor([], [tables('inserted', [2, 3], 3)])).toBe("Insert new tables (the second and third) under the heading 'Charges' in Section K as follows:");
    expect(instructionFor([], [tables('deleted', [12], 12)])).toBe("Delete the 12th table under the heading 'Charges' in Section K.");
    expect(instructionFor([], [tables('amended', [22, 23], 30)])).toBe("Amend the 22nd and 23rd tables under the heading 'Charges' in Section K as follows:");
  });

  it("joins one heading's changes under one heading phrase, before the clauses' own", () => {
    const clause = { type: 'clauseChange', kind: 'deleted', number: 'K1.3', text: [], children: [] } as const;
    expect(instructionFor([clause], [tables('amended', [1], 2), tables('deleted', [2], 2)])).toBe("Amend the first table and delete the second table under the heading 'Charges' in Section K and delete Section K1.3 as follows:");
    expect(instructionFor([clause], [tables('deleted', [1], 1)])).toBe("Delete the table under the heading 'Charges' in Section K and delete Section K1.3.");
    expect(instructionFor([], [tables('amended', [1], 1, null)])).toBe('Amend the table at the start of Section K as follows:');
  });
});
