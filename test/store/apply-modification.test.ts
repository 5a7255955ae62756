/** Applying a modification to its base: replace, insert in number order, delete. Modifications here are invented for the test. */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clausesOf, findByAddress } from '../../src/model/address.js';
import type { Version } from '../../src/model/clause-tree.js';
import { parseModificationFile } from '../../src/parse/modification-file.js';
import { buildAnnex } from '../../src/compare/build-annex.js';
import { modificationToMarkdown } from '../../src/serialize/to-markdown.js';
import { applyModification } from '../../src/store/apply-modification.js';
import { openStore } from '../../src/store/store.js';

const base: Version = openStore('clauses').loadVersion('6.17');

function modification(front: string, body: string) {
  const text = `---\nid: MP900\ntitle: Invented for a test\nbase: "6.17"\nversion: "1.0"\nclassification: White\npath: Self-Governance\n${front}---\n\n${body}`;
  return parseModificationFile(text, 'MP900.md');
}

describe('applyModification', () => {
  it('replaces an amended clause in place and leaves the others alone', () => {
    const store = openStore('clauses');
    const consolidated = store.resolve({ mod: 'MP087' });
    expect([...clausesOf(consolidated)].map((c) => c.number)).toEqual(['G3.17', 'G3.18', 'G3.19', 'G3.20', 'G3.21']);
    const b = findByAddress(consolidated, 'G3.20(b)');
    expect(b?.text).toContain('Gas Proxy Function which forms part of a SMETS2+ Device)');
    expect(findByAddress(consolidated, 'G3.17')).toBe(findByAddress(store.loadVersion('6.17'), 'G3.17'));
    expect(consolidated.modifications).toEqual(['MP087']);
    expect(consolidated.id).toBe('6.17+MP087');
  });

  it('inserts a new clause in number order under its cross-heading', () => {
    const mod = modification('', '# Section G: Security\n\n## Manufacturers: Duty to Notify and Be Notified\n\nG3.20A Invented words for a test.\n');
    const result = applyModification(base, mod, { as: '6.17.1' });
    expect([...clausesOf(result)].map((c) => c.number)).toEqual(['G3.17', 'G3.18', 'G3.19', 'G3.20', 'G3.20A', 'G3.21']);
    expect(result.files[0]!.meta.version).toBe('6.17.1');
  });

  it('puts a clause under a new cross-heading after the clauses it follows', () => {
    const mod = modification('', '# Section G: Security\n\n## Invented Heading\n\nG3.22 Invented words for a test.\n');
    const result = applyModification(base, mod);
    expect(result.files[0]!.section.headings.map((h) => h.title)).toEqual(['Manufacturers: Duty to Notify and Be Notified', 'Invented Heading']);
  });

  it('puts a clause given no cross-heading under the heading of the clause before it', () => {
    const mod = modification('', '# Section G: Security\n\nG3.19A Invented words for a test.\n');
    const result = applyModification(base, mod);
    expect(result.files[0]!.section.headings.map((h) => [h.title, h.clauses.map((c) => c.number)])).toEqual([
      ['Manufacturers: Duty to Notify and Be Notified', ['G3.17', 'G3.18', 'G3.19', 'G3.19A', 'G3.20', 'G3.21']],
    ]);
  });

  it('deletes a clause, and a cross-heading left empty with it', () => {
    const mod = modification('delete: [G3.21]\n', '');
    const result = applyModification(base, mod);
    expect([...clausesOf(result)].map((c) => c.number)).toEqual(['G3.17', 'G3.18', 'G3.19', 'G3.20']);
    const all = modification('delete: [G3.17, G3.18, G3.19, G3.20, G3.21]\n', '');
    expect(applyModification(base, all).files[0]!.section.headings).toEqual([]);
  });

  it('takes a reworded cross-heading from the modification', () => {
    const mod = modification('', '# Section G: Security\n\n## Invented New Wording\n\nG3.19 Invented words for a test.\n');
    const result = applyModification(base, mod);
    expect(result.files[0]!.section.headings.map((h) => h.title)).toEqual(['Invented New Wording']);
  });

  it('adds a Section the base does not hold', () => {
    const mod = modification('', '# Section H: Invented Services\n\nH1.1 Invented words for a test.\n');
    const result = applyModification(base, mod);
    expect(result.files.map((f) => f.section.id)).toEqual(['G', 'H']);
  });

  it('refuses to delete a clause the base does not hold, naming the entry', () => {
    const mod = modification('delete:\n  - G3.99\n', '');
    expect(() => applyModification(base, mod)).toThrow(/^MP900\.md:9:5: MP900 deletes G3\.99, which version 6\.17 does not hold/);
  });

  describe('tables under a cross-heading (invented Section K: test/fixtures/render/annex-heading-tables)', () => {
    const k: Version = openStore('test/fixtures/render/annex-heading-tables/store').loadVersion('1.0');
    const modK = (front: string, body: string) =>
      parseModificationFile(`---\nid: MP901\ntitle: Invented for a test\nbase: "1.0"\nversion: "1.0"\nclassification: White\n${front}---\n\n${body}`, 'MP901.md');
    const tablesOf = (version: Version, title: string) =>
      version.files[0]!.section.headings.find((h) => h.title === title)?.tables?.map((t) => t.rows.map((r) => r.cells.map((c) => c.text).join('|')));
    const newTable = '| Discount | Percent |\n| --- | --- |\n| Invented early payment | 2 |\n';

    it('applies the tables of a restated heading whose clauses are all new, finding the heading by its words', () => {
      const mod = modK('', `# Section K: Invented Charges\n\n## Invented Discounts\n\n${newTable}\nK2.2 Invented new words.\n`);
      const result = applyModification(k, mod);
      expect(tablesOf(result, 'Invented Discounts')).toEqual([['Invented early payment|2']]);
      expect(result.files[0]!.section.headings.find((h) => h.title === 'Invented Discounts')!.clauses.map((c) => c.number)).toEqual(['K2.1', 'K2.2']);
    });

    it('removes a heading\'s tables with delete: ["tables under K1.1"], or replaces them with the ones it restates', () => {
      const gone = applyModification(k, modK('delete: ["tables under K1.1"]\n', ''));
      expect(tablesOf(gone, 'Invented Charging Inputs')).toBeUndefined();
      expect(gone.files[0]!.section.headings[0]!.clauses.map((c) => c.number)).toEqual(['K1.1']);
      const replaced = applyModification(k, modK('delete: ["tables under K1.1"]\n', `# Section K: Invented Charges\n\n## Invented Charging Inputs\n\n${newTable}\nK1.2 Invented new words.\n`));
      expect(tablesOf(replaced, 'Invented Charging Inputs')).toEqual([['Invented early payment|2']]);
    });

    it('writes the table deletion back as it reads it, and the Annex A says which tables go', () => {
      const mod = modK('delete: [K3.1, "tables under K1.1"]\n', '');
      expect(mod.tableDeletions?.map((d) => d.clause)).toEqual(['K1.1']);
      expect(mod.deletions.map((d) => d.number)).toEqual(['K3.1']);
      const again = parseModificationFile(modificationToMarkdown(mod), 'again.md');
      expect(again.tableDeletions?.map((d) => d.clause)).toEqual(['K1.1']);
      expect(again.deletions.map((d) => d.number)).toEqual(['K3.1']);
      const annex = buildAnnex(k, mod, applyModification(k, mod));
      const texts = annex.sections.flatMap((s) => s.instructions.map((i) => i.text));
      expect(texts).toContain("Delete the tables under the heading 'Invented Charging Inputs' in Section K.");
    });

    it('refuses a table deletion under a clause the base does not hold, or under a heading without tables', () => {
      expect(() => applyModification(k, modK('delete:\n  - tables under K9.9\n', ''))).toThrow(/^MP901\.md:8:5: MP901 deletes the tables under K9\.9, which version 1\.0 does not hold/);
      expect(() => applyModification(k, modK('delete: ["tables under K3.1"]\n', ''))).toThrow(/its heading holds no table in version 1\.0 \(remove "tables under K3\.1" from delete:\)/);
      expect(() => modK('delete: ["tables over K1.1"]\n', '')).toThrow(/'tables over K1\.1' is not a clause number/);
    });
  });

  it('refuses a deletion of a number two appendices share unless it names the Section (invented appendices V and Y)', () => {
    const store = mkdtempSync(join(tmpdir(), 'secdraft-apply-'));
    mkdirSync(join(store, 'SEC', '1.0'), { recursive: true });
    for (const file of ['V.md', 'Y.md']) cpSync(join('test/fixtures/check/cross-reference/valid/local-numbering', file), join(store, 'SEC', '1.0', file));
    const appendices = openStore(store).loadVersion('1.0');
    const mod = (front: string) =>
      parseModificationFile(`---\nid: MP902\ntitle: Invented for a test\nbase: "1.0"\nversion: "1.0"\nclassification: White\nnumbering: decimal\n${front}---\n\n`, 'MP902.md');
    expect(() => applyModification(appendices, mod('delete: ["1.1"]\n'))).toThrow(/^MP902\.md:8:10: MP902 names 1\.1, which Sections V, Y of version 1\.0 each hold \(name the Section in delete:, e\.g\. V:1\.1\)$/);
    const named = mod('delete: ["Y:1.1"]\n');
    const result = applyModification(appendices, named);
    const numbers = (id: string) => result.files.find((f) => f.section.id === id)!.section.headings.flatMap((h) => h.clauses.map((c) => c.number));
    expect(numbers('V')).toContain('1.1');
    expect(numbers('Y')).not.toContain('1.1');
    expect(modificationToMarkdown(named)).toContain('delete: [Y:1.1]');
  });
});
