/**
 * The Word redline is a legal statement: read back from word/document.xml, run by run, each
 * redlined paragraph reads exactly its amended words with all changes accepted and exactly its
 * base words with all rejected, for random annexes and change trees, in both marking modes; with
 * tracked changes, paragraph marks included: a paragraph on one side only is gone from the other,
 * not left empty. Each paragraph is in the style of its nesting level.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeTree, HeadingChange } from '../../../src/model/change-tree.js';
import { annexToDocx, changeTreeToDocx } from '../../../src/render/docx/index.js';
import { expectedStyledParagraphs } from './change-nodes.js';
import { annexArb, changeTreeArb } from './change-tree-arbitrary.js';
import { REDLINE_STYLE, sideParagraphs, type Marks } from './read-docx.js';

/**
 * Paragraphs as text and style. An empty one's style is not compared: which part of a joined
 * paragraph lends it its style is the word processor's choice, and only the random trees here
 * hold paragraphs without words (the parser makes none).
 */
const styled = (paragraphs: ReadonlyArray<{ text: string; style: string }>) => paragraphs.map(({ text, style }) => ({ text, style: text === '' ? '' : style }));

/** The redlined paragraphs a reader finds on `side`. */
const redline = (docx: Uint8Array, side: 'accept' | 'reject', marks: Marks) => styled(sideParagraphs(docx, side, marks).filter((p) => REDLINE_STYLE.test(p.style)));

const runs = Number(process.env.FC_RUNS ?? 60);

/** What changeTreeToDocx shows: changed Sections, headings and clauses only. */
function changedHeadings(tree: ChangeTree): HeadingChange[] {
  return tree.sections
    .filter((s) => s.kind !== 'unchanged')
    .flatMap((s) => s.headings.filter((h) => h.kind !== 'unchanged'))
    .map((h) => ({ ...h, ...(h.tables ? { tables: h.tables.filter((t) => t.kind !== 'unchanged') } : {}), clauses: h.clauses.filter((c) => c.kind !== 'unchanged') }));
}

for (const marks of ['visual', 'tracked'] as Marks[]) {
  const trackChanges = marks === 'tracked';
  describe(`Word, ${marks} redline: accept all = amended, reject all = base`, () => {
    it('annexToDocx, paragraph by paragraph', async () => {
      await fc.assert(
        fc.asyncProperty(annexArb, async (annex) => {
          const docx = await annexToDocx(annex, { trackChanges });
          const instructions = annex.sections.flatMap((s) => s.instructions);
          for (const side of ['accept', 'reject'] as const) {
            const expected = instructions.flatMap((i) => [{ text: i.text, style: 'SecInstruction' }, ...expectedStyledParagraphs(i.headings, side, marks)]);
            expect(redline(docx, side, marks)).toEqual(styled(expected));
          }
        }),
        { numRuns: runs },
      );
    });

    it('changeTreeToDocx, paragraph by paragraph', async () => {
      await fc.assert(
        fc.asyncProperty(changeTreeArb, async (tree) => {
          const docx = await changeTreeToDocx(tree, { trackChanges, date: '2020-06-30', author: 'MP900' });
          for (const side of ['accept', 'reject'] as const) {
            expect(redline(docx, side, marks)).toEqual(styled(expectedStyledParagraphs(changedHeadings(tree), side, marks)));
          }
        }),
        { numRuns: runs },
      );
    });
  });
}
