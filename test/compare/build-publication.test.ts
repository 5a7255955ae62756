import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../src/compare/build-publication.js';
import type { Version } from '../../src/model/clause-tree.js';
import { isInputError } from '../../src/model/input-error.js';
import { openStore } from '../../src/store/store.js';
import { publicationParagraphs } from '../../src/render/redline-paragraphs.js';

const g = () => openStore('clauses').loadVersion('6.17');

/** 6.17 with a second, invented Section H (a copy of G renamed), classified as given. */
function twoSections(classificationOfH: string | undefined): Version {
  const version = g();
  const file = version.files[0]!;
  const { classification: _, ...meta } = file.meta;
  const h = { ...file, file: 'H.md', meta: classificationOfH === undefined ? meta : { ...meta, classification: classificationOfH }, section: { ...file.section, id: 'H', title: 'Invented' } };
  return { ...version, files: [file, h] };
}

describe('buildPublication', () => {
  it('holds every clause of the version, unchanged, with the classification of its front matter', () => {
    const publication = buildPublication(g());
    expect(publication).toMatchObject({ code: 'SEC', version: '6.17', classification: 'White', date: '1980-01-02' });
    expect(publication.sections.map((s) => [s.id, s.extract])).toEqual([['G', true]]);
    const clauses = publication.sections[0]!.headings.flatMap((h) => h.clauses);
    expect(clauses.map((c) => c.number)).toEqual(['G3.17', 'G3.18', 'G3.19', 'G3.20', 'G3.21']);
    const spans = publicationParagraphs(publication).flatMap((p) => [...p.lead, ...p.spans]);
    expect(spans.length).toBeGreaterThan(20);
    expect(spans.every((s) => s.type === 'equal')).toBe(true);
  });

  it('says when a Section is an extract, and where its words come from', () => {
    const lines = publicationParagraphs(buildPublication(g())).filter((p) => p.role === 'body').map((p) => p.spans.map((s) => s.text).join(''));
    expect(lines).toContain('Section G is an extract, not the whole Section: MP087 Modification Report, Annex A (legal text version 1.0): Sections G3.17 to G3.21 as printed there, with G3.20(b) as it stood before MP087.');
  });

  it('takes the Sections asked for, in the version order', () => {
    expect(buildPublication(twoSections('White'), { sections: ['H', 'G'] }).sections.map((s) => s.id)).toEqual(['G', 'H']);
    expect(buildPublication(twoSections('White'), { sections: ['H'] }).sections.map((s) => s.id)).toEqual(['H']);
  });

  it('refuses a Section the version lacks, a version that states no classification, and Sections classified differently', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(isInputError(error)).toBe(true);
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refusal(() => buildPublication(g(), { sections: ['Q'] }))).toBe('version SEC 6.17 holds no Section Q (choose from G)');
    expect(refusal(() => buildPublication(twoSections(undefined), { sections: ['H'] }))).toMatch(/^H\.md:1:1: version SEC 6\.17 states no classification \(add classification: White/);
    expect(refusal(() => buildPublication(twoSections('Amber')))).toMatch(/^H\.md:1:1: Sections of one publication are classified differently \(White, Amber\)/);
    // The option overrides what the files say.
    expect(buildPublication(twoSections('Amber'), { classification: 'Green' }).classification).toBe('Green');
  });
});
