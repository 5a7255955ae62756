/**
 * Round trips: every annex secdraft renders (Markdown, HTML, Word visual, Word tracked) imports back
 * to the modification it was rendered from, and a Section written to Word with real multi-level
 * numbering imports back to the same clause file. Words are invented (test/arbitraries).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/compare/build-annex.js';
import { compareTrees } from '../../src/compare/compare-trees.js';
import type { Block, Clause, Modification, Section, SectionFile, Version } from '../../src/model/clause-tree.js';
import { importRedline } from '../../src/import/import-redline.js';
import { importSection } from '../../src/import/import-section.js';
import { readAnnex } from '../../src/import/read-annex.js';
import { readDocx, readDocxAnnex } from '../../src/import/read-docx.js';
import { annexToDocx } from '../../src/render/docx/index.js';
import { annexToHtml } from '../../src/render/html/to-html.js';
import { annexToMarkdown } from '../../src/render/markdown/to-markdown.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';
import { applyModification } from '../../src/store/apply-modification.js';
import { editedPairArbitrary } from '../arbitraries/edited-pair.js';
import { sectionFileArbitrary } from '../arbitraries/section-file.js';
import { readable } from './readable.js';
import { sectionsToDocx } from './section-to-docx.js';

/** The modification that turns `base` into `amended`: the changed and inserted clauses in full, the deleted ones by number. */
function modificationOf(base: Version, amended: Version): Modification {
  const tree = compareTrees(base, amended);
  const changed = new Set(tree.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.filter((c) => c.kind === 'amended' || c.kind === 'inserted').map((c) => c.number))));
  const deleted = tree.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.filter((c) => c.kind === 'deleted').map((c) => ({ number: c.number }))));
  const sections: Section[] = amended.files
    .map((f) => ({ ...f.section, headings: f.section.headings.map((h) => ({ ...h, clauses: h.clauses.filter((c) => changed.has(c.number)) })).filter((h) => h.clauses.length > 0) }))
    .filter((s) => s.headings.length > 0);
  return { type: 'modification', file: 'MP900.md', meta: { id: 'MP900', title: 'Invented for a test', code: 'SEC', base: base.id, version: '0.1', classification: 'White' }, sections, deletions: deleted };
}

/** The consolidated text, without comments (an annex carries none) and positions. */
function text(version: Version): string {
  const clean = (c: Clause): Clause => ({ ...c, comments: undefined, children: c.children.map(block) } as Clause);
  const block = (b: Block): Block => (b.type === 'text' || b.type === 'table' ? { ...b, comments: undefined } : { ...b, comments: undefined, children: b.children.map(block) }) as Block;
  return version.files
    .map((f) => sectionFileToMarkdown({ ...f, meta: { code: 'SEC', version: 'x', extract: false }, section: { ...f.section, comments: undefined, headings: f.section.headings.filter((h) => h.clauses.length > 0).map((h) => ({ ...h, comments: undefined, ...(h.tables ? { tables: h.tables.map((t) => ({ ...t, comments: undefined })) } : {}), clauses: h.clauses.map(clean) })) } as SectionFile['section'] }))
    .join('\n');
}

const FORMATS = ['md', 'html', 'docx', 'docx-tracked'] as const;

describe('annex round trips', () => {
  for (const format of FORMATS) {
    it(`an annex rendered as ${format} imports back to its modification`, async () => {
      await fc.assert(
        fc.asyncProperty(editedPairArbitrary.filter(([b, a]) => readable(b) && readable(a)), async ([base, amended]) => {
          const modification = modificationOf(base, amended);
          fc.pre(modification.sections.length > 0 || modification.deletions.length > 0);
          // What the annex shows: the base with the modification applied (which is `amended`, but for
          // changes a modification cannot carry, such as a cross-heading's tables over an inserted clause).
          const applied = applyModification(base, modification);
          const annex = buildAnnex(base, modification, applied);
          const file = `annex.${format.replace('-tracked', '')}`;
          const bytes =
            format === 'md' ? new TextEncoder().encode(annexToMarkdown(annex))
            : format === 'html' ? new TextEncoder().encode(annexToHtml(annex))
            : await annexToDocx(annex, { trackChanges: format === 'docx-tracked' });
          const read = readAnnex(bytes, file, readDocxAnnex);
          const result = importRedline(read.paragraphs, { id: 'MP900', base, file, ...(read.numberSide ? { numberSide: read.numberSide } : {}) });
          expect(result.mismatches).toEqual([]);
          expect(result.modification.deletions.map((d) => d.number)).toEqual(modification.deletions.map((d) => d.number));
          expect(text(applyModification(base, result.modification))).toBe(text(applied));
        }),
        { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? (format.startsWith('docx') ? 25 : 60)) },
      );
    }, 120_000);
  }
});

describe('Section round trip through Word numbering', () => {
  it('a Section written with multi-level automatic numbering imports back to the same clause file', async () => {
    await fc.assert(
      fc.asyncProperty(sectionFileArbitrary.filter((f) => readable({ type: 'version', code: 'SEC', id: 'x', extract: false, modifications: [], files: [f] })), async (file) => {
        const bytes = await sectionsToDocx([file]);
        const result = importSection(readDocx(bytes, 'section.docx', { visualMarks: false }), { file: 'section.docx', code: 'SEC', version: file.meta.version });
        const version = (files: SectionFile[]): Version => ({ type: 'version', code: 'SEC', id: 'x', extract: false, modifications: [], files });
        expect(text(version(result.files.map((f) => ({ ...f, meta: file.meta }))))).toBe(text(version([file])));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
