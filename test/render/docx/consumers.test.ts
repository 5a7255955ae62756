/**
 * Real consumers of the .docx, not mocks: LibreOffice opens the annexes and prints them (the
 * marked words and "Page 1 of" in the PDF text), reads the visual marks as underline and
 * strike-through and the tracked ones as changes; pandoc accepts and rejects the tracked changes
 * into the amended and base words. Skipped, saying which binary is missing, only when it is.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnexDocument } from '../../../src/model/change-tree.js';
import { annexToDocx } from '../../../src/render/docx/index.js';
import { pdfText, sofficeConvert } from '../../consumers/libreoffice.js';
import { pandocLines } from '../../consumers/pandoc.js';
import { has } from '../../consumers/tools.js';
import { expectedTexts } from './change-nodes.js';
import { INVENTED_ANNEXES } from './invented-annexes.js';
import { mp087Annex } from './mp087-annex.js';

const ANNEXES: Record<string, () => AnnexDocument> = {
  mp087: mp087Annex,
  relettered: () => INVENTED_ANNEXES['docx-paragraph-deleted-and-relettered']!,
  clauses: () => INVENTED_ANNEXES['docx-clause-inserted-and-deleted']!,
};

const dir = mkdtempSync(join(tmpdir(), 'secdraft-docx-'));
const file = (name: string, mode: string) => join(dir, `${name}-${mode}.docx`);

/** pandoc reads the tracked changes of every annex, the paragraph-mark cases included. */
// Not the table's: pandoc leaves a row revised whole empty, and test/consumers/pandoc.test.ts reads that annex's rows.
const TRACKED: Record<string, () => AnnexDocument> = { mp087: mp087Annex, ...Object.fromEntries(Object.entries(INVENTED_ANNEXES).filter(([name]) => name !== 'docx-table-rows-changed').map(([name, annex]) => [name, () => annex])) };

beforeAll(async () => {
  for (const [name, annex] of Object.entries(ANNEXES)) {
    for (const mode of ['visual', 'tracked']) writeFileSync(file(name, mode), await annexToDocx(annex(), { trackChanges: mode === 'tracked' }));
  }
  for (const [name, annex] of Object.entries(TRACKED)) writeFileSync(file(name, 'tracked'), await annexToDocx(annex(), { trackChanges: true }));
});

const missing = (tools: string[]) => tools.filter((t) => !has(t));
const officeMissing = missing(['soffice', 'pdftotext']);
const pandocMissing = missing(['pandoc']);

describe.skipIf(officeMissing.length > 0)(`LibreOffice${officeMissing.length ? ` (skipped: ${officeMissing.join(', ')} not installed)` : ''}`, () => {
  it('prints every annex to PDF with its header, its marked words and "Page 1 of N"', () => {
    const names = Object.keys(ANNEXES).flatMap((name) => ['visual', 'tracked'].map((mode) => `${name}-${mode}`));
    const pdfs = sofficeConvert(names.map((n) => join(dir, `${n}.docx`)), 'pdf', dir);
    const text = Object.fromEntries(names.map((n, i) => [n, pdfText(pdfs[i]!)]));
    for (const name of names) {
      expect(text[name]).toMatch(/Page 1 of [1-9]/);
      expect(text[name]).toContain(`This document is classified as ${name.startsWith('mp087') ? 'White' : 'Green'}`);
    }
    for (const mode of ['visual', 'tracked']) {
      expect(text[`mp087-${mode}`]).toContain('Gas Proxy Function which forms part of a SMETS2+ Device) for which');
      expect(text[`mp087-${mode}`]).toContain('Amend Section G3.20 as follows:');
      // Deleted words stay on the page (struck), beside the inserted ones.
      expect(text[`relettered-${mode}`]).toContain('publish the register monthly; and');
      expect(text[`relettered-${mode}`]).toContain('(cb) answer each request within 510 Working Days');
      expect(text[`clauses-${mode}`]).toMatch(/X2\.1 Notices may be sent by fax\. X2\.1A Notices shall be sent by: \(a\) electronic mail/);
    }
  }, 240_000);

  it('reads visual marks as underline and strike-through, and tracked ones as its own insertions and deletions', () => {
    const [visual, tracked] = sofficeConvert([file('relettered', 'visual'), file('relettered', 'tracked')], 'fodt', dir).map((f) => readFileSync(f, 'utf8'));
    expect(visual).toMatch(/style:text-underline-style="solid"/);
    expect(visual).toMatch(/style:text-line-through-style="solid"/);
    expect(visual).not.toContain('<text:changed-region');
    const regions = tracked!.match(/<text:changed-region[\s\S]*?<\/text:changed-region>/g) ?? [];
    const kinds = regions.map((r) => /<text:(insertion|deletion)>/.exec(r)?.[1]);
    expect(kinds.filter((k) => k === 'insertion')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'deletion').length).toBeGreaterThanOrEqual(3);
    // LibreOffice writes a midnight revision date as the day alone.
    expect(regions.every((r) => r.includes('<dc:creator>MP900</dc:creator>') && /<dc:date>2021-02-28(T00:00:00)?</.test(r))).toBe(true);
  }, 240_000);
});

describe.skipIf(pandocMissing.length > 0)(`pandoc${pandocMissing.length ? ' (skipped: pandoc not installed)' : ''}`, () => {
  for (const name of Object.keys(TRACKED)) {
    it(`${name}: --track-changes=accept gives the amended words, =reject the base words`, () => {
      const annex = TRACKED[name]!();
      const [instruction] = annex.sections.flatMap((s) => s.instructions);
      for (const side of ['accept', 'reject'] as const) {
        const lines = pandocLines(file(name, 'tracked'), side);
        const body = lines.slice(lines.indexOf(instruction!.text) + 1);
        // pandoc writes a tab as a space and drops empty paragraphs.
        const expected = expectedTexts(instruction!.headings, side).map((t) => t.replace('\t', ' ')).filter((t) => t !== '');
        expect(body).toEqual(expected);
      }
    });
  }
});
