/**
 * Inputs of the import stages: a corpus's base version written to Word with real automatic
 * numbering (one document, every Section), and a visual-redline Annex A of 50 changed clauses
 * between base and amended. Synthetic words only, as the corpus.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnnex } from '../src/compare/build-annex.js';
import { compareTrees } from '../src/compare/compare-trees.js';
import type { Block, Modification, Section, SectionFile, Version } from '../src/model/clause-tree.js';
import { annexToDocx } from '../src/render/docx/index.js';
import { applyModification } from '../src/store/apply-modification.js';
import { openStore } from '../src/store/store.js';
import { sectionsToDocx } from '../test/import/section-to-docx.js';

/** Clauses the annex shows. */
const ANNEX_CLAUSES = 50;

/** Blocks without their tables, at every depth. */
function blocksWithoutTables(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'table') continue;
    out.push(block.type === 'paragraph' || block.type === 'definition' ? { ...block, children: blocksWithoutTables(block.children) } : block);
  }
  return out;
}

/**
 * The version without its tables: import does not yet read Word tables as the clause format's
 * tables (it refuses them in one line), so the import stages time the corpus's clauses alone.
 */
function withoutTables(version: Version): Version {
  const files: SectionFile[] = version.files.map((f) => ({
    ...f,
    section: { ...f.section, headings: f.section.headings.map(({ tables: _tables, ...h }) => ({ ...h, clauses: h.clauses.map((c) => ({ ...c, children: blocksWithoutTables(c.children) })) })) },
  }));
  return { ...version, files };
}

/** Numbers of the clauses that hold a table at any depth. */
function clausesWithTables(version: Version): string[] {
  const holds = (blocks: readonly Block[]): boolean =>
    blocks.some((b) => b.type === 'table' || ((b.type === 'paragraph' || b.type === 'definition') && holds(b.children)));
  return version.files.flatMap((f) => f.section.headings.flatMap((h) => h.clauses.filter((c) => holds(c.children)).map((c) => c.number)));
}

/** Writes `<out>/sections.docx` and `<out>/annex.docx`; returns their paths. */
export async function writeImportInputs(baseStore: string, amendedStore: string, out: string): Promise<{ sections: string; annex: string }> {
  const [baseWhole, amendedWhole] = [openStore(baseStore).loadVersion('1.0'), openStore(amendedStore).loadVersion('1.1')];
  const base = withoutTables(baseWhole);
  const amended = withoutTables(amendedWhole);
  // The annex is verified against the base on disk, tables and all: it shows only clauses without one.
  const withTables = new Set([...clausesWithTables(baseWhole), ...clausesWithTables(amendedWhole)]);
  const sections = join(out, 'sections.docx');
  writeFileSync(sections, await sectionsToDocx(base.files));
  // The first 50 clauses that the amended version rewords, in full, as a modification.
  const tree = compareTrees(base, amended);
  const chosen = new Set(tree.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.filter((c) => c.kind === 'amended' && !withTables.has(c.number)).map((c) => c.number))).slice(0, ANNEX_CLAUSES));
  const modified: Section[] = amended.files
    .map((f) => ({ ...f.section, headings: f.section.headings.map((h) => ({ ...h, clauses: h.clauses.filter((c) => chosen.has(c.number)) })).filter((h) => h.clauses.length > 0) }))
    .filter((s) => s.headings.length > 0);
  const modification: Modification = { type: 'modification', file: 'MP999.md', meta: { id: 'MP999', title: 'Synthetic bench annex', code: 'SEC', base: '1.0', version: '0.1', classification: 'White' }, sections: modified, deletions: [] };
  const annexDoc = buildAnnex(base, modification, applyModification(base, modification), { context: 'clause' });
  const annex = join(out, 'annex.docx');
  writeFileSync(annex, await annexToDocx(annexDoc, { trackChanges: false }));
  return { sections, annex };
}
