/**
 * The redline is a legal statement: in every format, accepting all changes gives the amended text
 * exactly and rejecting them all gives the base text exactly. Checked over random edits of
 * generated trees, through compare and each renderer, read back as that format's reader would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTrees } from '../../src/compare/compare-trees.js';
import { changeTreeToDocx } from '../../src/render/docx/index.js';
import { changeTreeToHtml } from '../../src/render/html/to-html.js';
import { changeTreeToMarkdown } from '../../src/render/markdown/to-markdown.js';
import { changeTreeToTerminal } from '../../src/render/terminal/to-terminal.js';
import { editedPairArbitrary } from '../arbitraries/edited-pair.js';
import { docxLines, htmlLines, markdownLines, terminalLines, versionLines } from './read-back.js';

const runs = Number(process.env.FC_RUNS ?? 150);

describe('accept all = amended, reject all = base', () => {
  it('Markdown', () => {
    fc.assert(
      fc.property(editedPairArbitrary, ([base, amended]) => {
        const md = changeTreeToMarkdown(compareTrees(base, amended), { changedOnly: false });
        expect(markdownLines(md, 'accept')).toEqual(versionLines(amended));
        expect(markdownLines(md, 'reject')).toEqual(versionLines(base));
      }),
      { numRuns: runs },
    );
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
          const only = (v: typeof base) => ({ ...v, files: v.files.map((f) => ({ ...f, section: { ...f.section, headings: f.section.headings.map((h) => ({ ...h, clauses: h.clauses.filter((c) => changed.has(c.number)) })) } })) });
          expect(docxLines(docx, 'accept')).toEqual(versionLines(only(amended)));
          expect(docxLines(docx, 'reject')).toEqual(versionLines(only(base)));
        }),
        { numRuns: Math.ceil(runs / 5) },
      );
    });
  }
});
