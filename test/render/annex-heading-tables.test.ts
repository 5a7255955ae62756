/**
 * An Annex A that changes tables under cross-headings (test/fixtures/render/annex-heading-tables:
 * invented Section K and modification MP960), in every format: snapshots a reader can open, each
 * table's instruction printed before its heading, and every format read back, all changes accepted
 * or rejected, to exactly the consolidated and the base Section.
 */
import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/compare/build-annex.js';
import type { AnnexDocument } from '../../src/model/change-tree.js';
import { annexToDocx } from '../../src/render/docx/index.js';
import { annexToHtml } from '../../src/render/html/to-html.js';
import { annexToMarkdown } from '../../src/render/markdown/to-markdown.js';
import { openStore } from '../../src/store/store.js';
import { documentXmlForSnapshot } from './docx/read-docx.js';
import { documentXml, docxLines, htmlLines, markdownLines, versionLines } from './read-back.js';

const FIXTURE = 'test/fixtures/render/annex-heading-tables';

function sides() {
  const store = openStore(`${FIXTURE}/store`);
  const modification = store.loadModification('MP960');
  return { modification, base: store.resolve({ at: '1.0' }), amended: store.resolve({ mod: 'MP960' }) };
}

function annex(): AnnexDocument {
  const { modification, base, amended } = sides();
  return buildAnnex(base, modification, amended);
}

const INSTRUCTIONS = [
  "Amend the second table under the heading 'Invented Charging Inputs' in Section K and insert new Section K1.2 as follows:",
  "Insert a new table under the heading 'Invented Discounts' in Section K as follows:",
  'Amend Section K3.1 as follows:',
];

/** Each instruction, then the cross-heading it introduces, in this order in `text`. */
function expectInstructionsBeforeHeadings(text: string, quote: (s: string) => string): void {
  let at = 0;
  for (const [instruction, heading] of INSTRUCTIONS.map((i, n) => [i, ['Invented Charging Inputs', 'Invented Discounts', 'Invented Payments'][n]!] as const)) {
    const i = text.indexOf(quote(instruction), at);
    expect(i, instruction).toBeGreaterThan(at);
    at = text.indexOf(heading, i);
    expect(at, heading).toBeGreaterThan(i);
  }
}

describe('Annex A of tables changed under cross-headings (MP960, invented)', () => {
  // The annex shows every heading of Section K, so each side reads back as the whole Section.
  const lines = () => ({ amended: versionLines(sides().amended), base: versionLines(sides().base) });

  it('names each table by its heading, its place among the heading\'s tables and its Section', () => {
    expect(annex().sections.flatMap((s) => s.instructions.map((i) => i.text))).toEqual(INSTRUCTIONS);
  });

  it('Markdown: the snapshot, the instructions, both sides read back', async () => {
    const md = annexToMarkdown(annex());
    await expect(md).toMatchFileSnapshot(`../fixtures/render/annex-heading-tables/expected.md`);
    expectInstructionsBeforeHeadings(md, (s) => `*${s}*`);
    const { amended, base } = lines();
    // The annex's prose reads like closing words: compare from the first table row on.
    const from = (read: string[]) => read.slice(read.indexOf(base[0]!));
    expect(from(markdownLines(md, 'accept'))).toEqual(amended);
    expect(from(markdownLines(md, 'reject'))).toEqual(base);
  });

  it('HTML: the snapshot, the instructions, both sides read back', async () => {
    const html = annexToHtml(annex());
    await expect(html).toMatchFileSnapshot(`../fixtures/render/annex-heading-tables/expected.html`);
    expectInstructionsBeforeHeadings(html, (s) => s.replace(/'/g, '&#39;'));
    const { amended, base } = lines();
    expect(htmlLines(html, 'accept')).toEqual(amended);
    expect(htmlLines(html, 'reject')).toEqual(base);
  });

  for (const mode of ['visual', 'tracked'] as const) {
    it(`Word (${mode}): the snapshot, the instructions, both sides read back`, async () => {
      const docx = await annexToDocx(annex(), { trackChanges: mode === 'tracked' });
      await expect(documentXmlForSnapshot(docx)).toMatchFileSnapshot(`../fixtures/render/annex-heading-tables/${mode}/expected.document.xml`);
      expectInstructionsBeforeHeadings(documentXml(docx), (s) => s.replace(/'/g, '&apos;'));
      const { amended, base } = lines();
      expect(docxLines(docx, 'accept')).toEqual(amended);
      expect(docxLines(docx, 'reject')).toEqual(base);
    });
  }
});
