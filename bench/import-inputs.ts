/**
 * Inputs of the import stages: a corpus's base version written to Word with real automatic
 * numbering (one document, every Section, its tables as Word tables), and a visual-redline Annex A
 * of the first 50 clauses the amended version rewords, tables and all. Synthetic words only, as
 * the corpus.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnnex } from '../src/compare/build-annex.js';
import { compareTrees } from '../src/compare/compare-trees.js';
import type { Modification, Section } from '../src/model/clause-tree.js';
import { annexToDocx } from '../src/render/docx/index.js';
import { applyModification } from '../src/store/apply-modification.js';
import { openStore } from '../src/store/store.js';
import { sectionsToDocx } from '../test/import/section-to-docx.js';

/** Clauses the annex shows. */
const ANNEX_CLAUSES = 50;

/** Writes `<out>/sections.docx` and `<out>/annex.docx`; returns their paths. */
export async function writeImportInputs(baseStore: string, amendedStore: string, out: string): Promise<{ sections: string; annex: string }> {
  const [base, amended] = [openStore(baseStore).loadVersion('1.0'), openStore(amendedStore).loadVersion('1.1')];
  const sections = join(out, 'sections.docx');
  writeFileSync(sections, await sectionsToDocx(base.files));
  // The first 50 clauses that the amended version rewords, in full, as a modification.
  const tree = compareTrees(base, amended);
  const chosen = new Set(tree.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.filter((c) => c.kind === 'amended').map((c) => c.number))).slice(0, ANNEX_CLAUSES));
  const modified: Section[] = amended.files
    .map((f) => ({ ...f.section, headings: f.section.headings.map((h) => ({ ...h, clauses: h.clauses.filter((c) => chosen.has(c.number)) })).filter((h) => h.clauses.length > 0) }))
    .filter((s) => s.headings.length > 0);
  const modification: Modification = { type: 'modification', file: 'MP999.md', meta: { id: 'MP999', title: 'Synthetic bench annex', code: 'SEC', base: '1.0', version: '0.1', classification: 'White' }, sections: modified, deletions: [] };
  const annexDoc = buildAnnex(base, modification, applyModification(base, modification), { context: 'clause' });
  const annex = join(out, 'annex.docx');
  writeFileSync(annex, await annexToDocx(annexDoc, { trackChanges: false }));
  return { sections, annex };
}
