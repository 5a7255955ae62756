/**
 * The redline is a legal statement: in every format, accepting all changes gives the amended text
 * exactly and rejecting them all gives the base text exactly. Checked over random edits of
 * generated trees, through compare and each renderer, read back as that format's reader would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTrees } from '../../src/compare/compare-trees.js';
import type { BlockChange, ChangeTree, RowChange } from '../../src/model/change-tree.js';
import { changeTreeToDocx } from '../../src/render/docx/index.js';
import { changeTreeToHtml } from '../../src/render/html/to-html.js';
import { changeTreeToMarkdown } from '../../src/render/markdown/to-markdown.js';
import { changeTreeToTerminal } from '../../src/render/terminal/to-terminal.js';
import { editedPairArbitrary } from '../arbitraries/edited-pair.js';
import { docxLines, htmlLines, markdownLines, terminalLines, versionLines } from './read-back.js';

const runs = Number(process.env.FC_RUNS ?? 150);

/** Every compared table row of a change tree: under cross-headings, in clauses and paragraphs. */
function tableRows(tree: ChangeTree): RowChange[] {
  const rows: RowChange[] = [];
  const block = (b: BlockChange): void => {
    if (b.table) rows.push(b.table.header, ...b.table.rows);
    b.children.forEach(block);
  };
  for (const section of tree.sections) {
    for (const heading of section.headings) {
      (heading.tables ?? []).forEach(block);
      for (const clause of heading.clauses) clause.children.forEach(block);
    }
  }
  return rows;
}

describe('accept all = amended, reject all = base', () => {
  it('Markdown', () => {
    const rows = { inserted: 0, deleted: 0, amended: 0 };
    fc.assert(
      fc.property(editedPairArbitrary, ([base, amended]) => {
        const tree = compareTrees(base, amended);
        for (const row of tableRows(tree)) if (row.kind !== 'unchanged') rows[row.kind]++;
        const md = changeTreeToMarkdown(tree, { changedOnly: false });
        expect(markdownLines(md, 'accept')).toEqual(versionLines(amended));
        expect(markdownLines(md, 'reject')).toEqual(versionLines(base));
      }),
      { numRuns: runs },
    );
    // The pairs hold tables whose rows were inserted, deleted and changed (test/arbitraries/edited-pair.ts).
    expect(Math.min(rows.inserted, rows.deleted, rows.amended)).toBeGreaterThan(runs / 10);
  });

  it('HTML', () => {
    fc.assert(
      fc.property(editedPairArbitrary, ([base, amended]) => {
        const html = changeTreeToHtml(compareTrees(base, amended), { changedOnly: false });
        expect(htmlLines(html, 'accept')).toEqual(versionLines(amended));
        expect(htmlLines(html, 'reject')).toEqual(versionLines(base));
      }),
      { numRuns: runs },
    );
  });

  it('terminal (plain marks)', () => {
    fc.assert(
      fc.property(editedPairArbitrary, ([base, amended]) => {
        const text = changeTreeToTerminal(compareTrees(base, amended), { color: false, changedOnly: false });
        const same = (v: typeof base) => terminalLines(changeTreeToTerminal(compareTrees(v, v), { color: false, changedOnly: false }), 'accept').slice(1);
        expect(terminalLines(text, 'accept').slice(1)).toEqual(same(amended));
        expect(terminalLines(text, 'reject').slice(1)).toEqual(same(base));
      }),
      { numRuns: runs },
    );
  });

  for (const trackChanges of [false, true]) {
    it(`Word (${trackChanges ? 'tracked changes' : 'visual redline'})`, async () => {
      await fc.assert(
        fc.asyncProperty(editedPairArbitrary, async ([base, amended]) => {
          // changeTreeToDocx shows changed clauses only: compare against those.
          const tree = compareTrees(base, amended);
          const docx = await changeTreeToDocx(tree, { trackChanges, date: '2019-11-04', author: 'MP900' });
          const changed = new Set(tree.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.filter((c) => c.kind !== 'unchanged').map((c) => c.number))));
          // ... and changed tables under cross-headings.
          const tables = new Set<unknown>(tree.sections.flatMap((s) => s.headings.flatMap((h) => (h.tables ?? []).filter((t) => t.kind !== 'unchanged').flatMap((t) => [t.base, t.amended]))));
          const only = (v: typeof base) => ({ ...v, files: v.files.map((f) => ({ ...f, section: { ...f.section, headings: f.section.headings.map((h) => ({ ...h, tables: (h.tables ?? []).filter((t) => tables.has(t)), clauses: h.clauses.filter((c) => changed.has(c.number)) })) } })) });
          expect(docxLines(docx, 'accept')).toEqual(versionLines(only(amended)));
          expect(docxLines(docx, 'reject')).toEqual(versionLines(only(base)));
        }),
        { numRuns: Math.ceil(runs / 5) },
      );
    });
  }
});
