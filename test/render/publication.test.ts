/**
 * A publication in every format: the real 6.17 G extract (a copy in the fixture folder) rendered
 * clean, as snapshots a reader can open, read back to exactly the version's clause lines, with no
 * mark anywhere, and the Word file byte-identical at two clock times; and over generated Sections,
 * every format reads back (changes accepted or rejected alike) to exactly the version.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPublication } from '../../src/compare/build-publication.js';
import type { Version } from '../../src/model/clause-tree.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { publicationToDocx } from '../../src/render/docx/index.js';
import { publicationToHtml } from '../../src/render/html/to-html.js';
import { publicationToMarkdown } from '../../src/render/markdown/to-markdown.js';
import { sectionFileArbitrary } from '../arbitraries/section-file.js';
import { documentXmlForSnapshot } from './docx/read-docx.js';
import { docxLines, htmlLines, markdownLines, versionLines } from './read-back.js';

const FIXTURE = 'test/fixtures/render/publication-6.17-g';

function version(): Version {
  const file = parseSectionFile(readFileSync(`${FIXTURE}/G.md`, 'utf8'), 'G.md');
  return { type: 'version', code: 'SEC', id: '6.17', extract: true, modifications: [], effective: '2019-11-04', files: [file] };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('publication of the 6.17 G extract', () => {
  const publication = () => buildPublication(version());

  it('Markdown: the snapshot, the version read back, no marks', async () => {
    const md = publicationToMarkdown(publication());
    await expect(md).toMatchFileSnapshot(`../fixtures/render/publication-6.17-g/expected.md`);
    expect(md).not.toMatch(/<ins|<del|~~/);
    const lines = markdownLines(md, 'accept');
    expect(lines.slice(lines.findIndex((l) => l.startsWith('G3.17 ')))).toEqual(versionLines(version()));
    expect(md.startsWith('This document is classified as **White**.\n\n# SEC Section G: Security\n\n**SEC Version 6.17**\n\n**Effective from 4 November 2019**\n')).toBe(true);
  });

  it('HTML: the snapshot, the version read back, no marks and no change summary', async () => {
    const html = publicationToHtml(publication());
    await expect(html).toMatchFileSnapshot(`../fixtures/render/publication-6.17-g/expected.html`);
    expect(html).not.toMatch(/<ins|<del|Summary of changes/);
    expect(html).toContain('<p class="classification">This document is classified as <strong>White</strong></p>');
    expect(htmlLines(html, 'accept')).toEqual(versionLines(version()));
  });

  it('Word: the snapshot, the version read back, no marks, classification in header and footer with Page X of Y', async () => {
    const docx = await publicationToDocx(publication());
    await expect(documentXmlForSnapshot(docx)).toMatchFileSnapshot(`../fixtures/render/publication-6.17-g/expected.document.xml`);
    expect(docxLines(docx, 'accept')).toEqual(versionLines(version()));
    expect(docxLines(docx, 'reject')).toEqual(versionLines(version()));
    const parts = unzipSync(docx);
    const xml = (name: string) => new TextDecoder().decode(parts[name]);
    expect(xml('word/document.xml')).not.toMatch(/<w:(u|strike|ins|del)\b/);
    const header = Object.keys(parts).filter((n) => /^word\/header\d*\.xml$/.test(n)).map(xml).join('');
    const footer = Object.keys(parts).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(xml).join('').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(header).toContain('This document is classified as White');
    expect(footer).toMatch(/SEC Section G: Security \(SEC Version 6\.17\) Page .*PAGE.* of .*NUMPAGES.* This document has a Classification of White/);
  });

  it('with several Sections in one file, each opens with its heading on a new page', async () => {
    const one = version();
    const g = one.files[0]!;
    const two: Version = { ...one, files: [g, { ...g, section: { ...g.section, id: 'H', title: 'Invented copy of G' } }] };
    const publication = buildPublication(two);
    const xml = new TextDecoder().decode(unzipSync(await publicationToDocx(publication))['word/document.xml']);
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="SecHeading"\/>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((m) => m[0]);
    expect(headings.map((p) => p.replace(/<[^>]+>/g, ''))).toEqual(['Section G: Security', 'Section H: Invented copy of G']);
    expect(headings.every((p) => p.includes('<w:pageBreakBefore/>'))).toBe(true);
    expect(publicationToHtml(publication)).toContain('<h2 class="new-page">Section H: Invented copy of G</h2>');
    expect(publicationToMarkdown(publication)).toContain('# SEC Version 6.17\n\n**Sections G and H**');
  });

  it('Word: byte-identical at two clock times, dated by the version in force', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const first = await publicationToDocx(publication());
    vi.setSystemTime(new Date('2044-12-31T23:59:58Z'));
    const second = await publicationToDocx(publication());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(new TextDecoder().decode(unzipSync(first)['docProps/core.xml'])).toContain('2019-11-04T00:00:00Z');
  });
});

describe('publication of generated Sections reads back to the version, accepted or rejected alike', () => {
  const runs = Number(process.env.FC_RUNS ?? 100);
  const generated = sectionFileArbitrary.map((file): Version => ({ type: 'version', code: 'SEC', id: file.meta.version, extract: file.meta.extract, modifications: [], files: [{ ...file, meta: { ...file.meta, classification: 'White' } }] }));
  /** The lines from the first clause on: the title lines before it are prose. */
  const fromFirstClause = (lines: string[], expected: string[]) => lines.slice(lines.indexOf(expected[0]!));

  it('Markdown and HTML', () => {
    fc.assert(
      fc.property(generated, (version) => {
        const expected = versionLines(version);
        const publication = buildPublication(version);
        const md = publicationToMarkdown(publication);
        const html = publicationToHtml(publication);
        for (const side of ['accept', 'reject'] as const) {
          expect(fromFirstClause(markdownLines(md, side), expected)).toEqual(expected);
          expect(htmlLines(html, side)).toEqual(expected);
        }
      }),
      { numRuns: runs },
    );
  });

  it('Word', async () => {
    await fc.assert(
      fc.asyncProperty(generated, async (version) => {
        const docx = await publicationToDocx(buildPublication(version));
        for (const side of ['accept', 'reject'] as const) expect(docxLines(docx, side)).toEqual(versionLines(version));
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });
});
