/**
 * Round trip through `publish`'s own Word document: a version published to .docx (one document per
 * Section, or all Sections in one) imports back to the same clause files, byte for byte, but for
 * what a publication does not print: comments (`<!-- -->`), the `source` of a Section that is not an
 * extract (import writes where it read the words instead), and the numbering scheme, which the
 * document shows only by its numbers (import is told it, as `--numbering` tells the CLI). Generated
 * versions have invented words (test/arbitraries); the real one is clauses/SEC/6.17.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../src/compare/build-publication.js';
import type { Block, Clause, SectionFile, Version } from '../../src/model/clause-tree.js';
import { importSection } from '../../src/import/import-section.js';
import { readDocx } from '../../src/import/read-docx.js';
import { publicationToDocx } from '../../src/render/docx/index.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';
import { openStore } from '../../src/store/store.js';
import { sectionFileArbitrary, text } from '../arbitraries/section-file.js';
import { readable } from './readable.js';

const FILE = 'published.docx';
const PROVENANCE = `imported by secdraft from ${FILE}`;

/** Imports a published .docx, as `secdraft import --version <v> [--numbering <scheme>]` does. */
async function importPublished(bytes: Uint8Array, version: string, numbering?: string): Promise<SectionFile[]> {
  return importSection(readDocx(bytes, FILE, { visualMarks: false }), { file: FILE, code: 'SEC', version, ...(numbering !== undefined ? { numbering } : {}) }).files;
}

/** A Section file as a publication carries it: no comments, and a source only where it is an extract's. */
function published(file: SectionFile): string {
  const clean = <T extends { comments?: readonly string[] }>(node: T): T => {
    const { comments: _comments, ...rest } = node;
    return rest as T;
  };
  const block = (b: Block): Block => (b.type === 'text' || b.type === 'table' ? clean(b) : { ...clean(b), children: b.children.map(block) });
  const clause = (c: Clause): Clause => ({ ...clean(c), children: c.children.map(block) });
  const { source: _source, ...meta } = file.meta;
  return sectionFileToMarkdown({
    ...file,
    meta: { ...meta, source: file.meta.extract && file.meta.source !== undefined ? file.meta.source : PROVENANCE },
    section: { ...clean(file.section), headings: file.section.headings.map((h) => ({ ...clean(h), ...(h.tables ? { tables: h.tables.map(clean) } : {}), clauses: h.clauses.map(clause) })) },
  });
}

/** Clause numbers in a preset's scheme (the generated ones are the SEC's: A1.1, A1.2 …). */
function renumber(file: SectionFile, numbering: string | undefined): SectionFile {
  if (numbering === undefined) return file;
  let n = 0;
  const number = () => {
    const i = n++;
    if (numbering === 'decimal') return `${1 + Math.floor(i / 5)}.${1 + (i % 5)}`;
    if (numbering === 'schedule-paragraph') return `Schedule 2 paragraph ${i + 1}`;
    return `Part ${i + 1}`;
  };
  return { ...file, meta: { ...file.meta, numbering }, section: { ...file.section, headings: file.section.headings.map((h) => ({ ...h, clauses: h.clauses.map((c) => ({ ...c, number: number() })) })) } };
}

const LONG_MONTHS = fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** A version of one to three Sections with the front matter a publication prints. */
const versionArbitrary = fc
  .record({
    files: fc.uniqueArray(sectionFileArbitrary, { selector: (f) => f.section.id, minLength: 1, maxLength: 3 }),
    numbering: fc.constantFrom(undefined, undefined, 'decimal', 'schedule-paragraph', 'part'),
    classification: fc.constantFrom('White', 'Green', 'Amber', 'Red'),
    effective: fc.option(LONG_MONTHS, { nil: undefined }),
    modifications: fc.uniqueArray(fc.constantFrom('MP087', 'MP100', 'MP1A'), { maxLength: 3 }),
    source: fc.option(text, { nil: undefined }),
  })
  .map(({ files, numbering, classification, effective, modifications, source }): Version => {
    const id = files[0]!.meta.version;
    const sorted = [...files].sort((a, b) => a.section.id.localeCompare(b.section.id));
    return {
      type: 'version',
      code: 'SEC',
      id,
      extract: sorted.some((f) => f.meta.extract),
      modifications,
      ...(effective !== undefined ? { effective } : {}),
      files: sorted.map((f) => ({
        ...renumber(f, numbering),
        meta: {
          ...renumber(f, numbering).meta,
          version: id,
          classification,
          ...(f.meta.extract && source !== undefined ? { source } : {}),
          ...(effective !== undefined ? { effective } : {}),
          ...(modifications.length > 0 ? { modifications } : {}),
        },
      })),
    };
  })
  .filter(readable);

describe('publish -> import', () => {
  it('SEC 6.17, the real clauses, published to Word imports back to clauses/SEC/6.17 byte for byte', async () => {
    const version = openStore('clauses').loadVersion('6.17');
    for (const file of version.files) {
      const bytes = await publicationToDocx(buildPublication(version, { sections: [file.section.id] }));
      const [imported, ...more] = await importPublished(bytes, version.id);
      expect(more).toEqual([]);
      expect(sectionFileToMarkdown(imported!)).toBe(readFileSync(`clauses/SEC/${version.id}/${file.section.id}.md`, 'utf8'));
    }
  });

  it('a generated version published one Section per document imports back to the same clause files', async () => {
    await fc.assert(
      fc.asyncProperty(versionArbitrary, async (version) => {
        for (const file of version.files) {
          const bytes = await publicationToDocx(buildPublication(version, { sections: [file.section.id] }));
          const imported = await importPublished(bytes, version.id, file.meta.numbering);
          expect(imported.map(sectionFileToMarkdown)).toEqual([published(file)]);
        }
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 30) },
    );
  }, 120_000);

  it('a generated version published as one document (publish --single) imports back to the same clause files', async () => {
    await fc.assert(
      fc.asyncProperty(versionArbitrary, async (version) => {
        const bytes = await publicationToDocx(buildPublication(version));
        const imported = await importPublished(bytes, version.id, version.files[0]!.meta.numbering);
        expect(imported.map(sectionFileToMarkdown)).toEqual(version.files.map(published));
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 30) },
    );
  }, 120_000);
});
