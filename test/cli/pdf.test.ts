/**
 * --format pdf of annex, diff and publish, through the real LibreOffice (skipped, saying which
 * tool is missing, only when it is): the PDF's text carries the marked words, "Page 1 of" and the
 * classification; every font is embedded; and the visual marks survive into the drawing: a blue
 * line under inserted words, a red line through deleted ones, and no coloured line under the same
 * words where they are not marked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../consumers/libreoffice.js';
import { inkLines, inkPixels, pageImage, wordBoxes, type WordBox } from '../consumers/pdf-pixels.js';
import { has } from '../consumers/tools.js';
import { main } from '../../src/cli/main.js';

const missing = ['soffice', 'pdftotext', 'pdftoppm', 'pdffonts'].filter((t) => !has(t));
const dir = mkdtempSync(join(tmpdir(), 'secdraft-pdf-test-'));
const pdf = { annex: join(dir, 'annex', 'MP087-annex-a.pdf'), diff: join(dir, 'diff.pdf'), publish: join(dir, 'publish', 'SEC-6.17-G.pdf') };
// Invented words (test/fixtures/compare/one-word-island): "promptly" deleted, "Panel" inserted.
const ISLAND = 'test/fixtures/compare/one-word-island';

/** Runs the CLI with this process's PATH, where soffice is. */
async function cli(...argv: string[]): Promise<number> {
  let stderr = '';
  const code = await main(argv, { stdout: () => {}, stderr: (t) => void (stderr += t), env: { PATH: process.env.PATH, HOME: process.env.HOME }, isTTY: false, stderrIsTTY: false });
  if (code > 1) throw new Error(`secdraft ${argv.join(' ')}: exit ${code}: ${stderr}`);
  return code;
}

describe.skipIf(missing.length > 0)(`--format pdf${missing.length ? ` (skipped: ${missing.join(', ')} not installed)` : ''}`, () => {
  beforeAll(async () => {
    expect(await cli('annex', 'MP087', '--format', 'pdf', '--out', join(dir, 'annex'))).toBe(0);
    expect(await cli('diff', join(ISLAND, 'base.md'), join(ISLAND, 'amended.md'), '--format', 'pdf', '--out', pdf.diff)).toBe(1);
    expect(await cli('publish', '6.17', '--format', 'pdf', '--out', join(dir, 'publish'))).toBe(0);
  }, 300_000);

  it('writes the PDFs alone, with the marked words, "Page 1 of" and the classification in their text', () => {
    expect(readdirSync(join(dir, 'annex'))).toEqual(['MP087-annex-a.pdf']);
    expect(readdirSync(join(dir, 'publish'))).toEqual(['SEC-6.17-G.pdf']);
    const annex = pdfText(pdf.annex);
    expect(annex).toContain('This document is classified as White');
    expect(annex).toMatch(/Page 1 of [1-9]/);
    expect(annex).toContain('Amend Section G3.20 as follows:');
    expect(annex).toContain('Gas Proxy Function which forms part of a SMETS2+ Device) for which');
    const diff = pdfText(pdf.diff);
    expect(diff).toMatch(/Page 1 of 1/);
    expect(diff).toContain('H1.1 The User shall promptly notify the DCC in writingSupplier Party may then inform the Panel by email of any change.');
    const publish = pdfText(pdf.publish);
    expect(publish).toContain('This document is classified as White');
    expect(publish).toContain('This document has a Classification of White');
    expect(publish).toMatch(/Page 1 of 2/);
    expect(publish).toContain('SEC Section G: Security SEC Version 6.17');
    expect(publish).toContain('G3.21 Any arrangements established in accordance with Section G3.20');
  });

  it('embeds every font', () => {
    for (const file of Object.values(pdf)) {
      const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(rows.length, file).toBeGreaterThan(0);
      // Columns: name, type, encoding, emb, sub, uni, object id.
      for (const row of rows) expect(row.trim().split(/\s+/).at(-4), `${file}: ${row}`).toBe('yes');
    }
  });

  it('draws a blue line under inserted words and a red one through deleted words, and none under unmarked words', () => {
    const look = (file: string, box: WordBox) => {
      const image = pageImage(file, box.page, 144);
      return { blue: inkLines(image, box, 'blue'), red: inkLines(image, box, 'red'), bluePixels: inkPixels(image, box, 'blue'), redPixels: inkPixels(image, box, 'red') };
    };
    // MP087: "SMETS2+" stands unmarked in G3.17(b) and inserted in G3.20(b).
    const smets = wordBoxes(pdf.annex).filter((w) => w.text === 'SMETS2+');
    expect(smets).toHaveLength(2);
    const [plain, inserted] = smets.map((box) => look(pdf.annex, box));
    expect(plain).toEqual({ blue: [], red: [], bluePixels: 0, redPixels: 0 });
    // The underline sits below the middle of the word's box; nothing struck.
    expect(inserted!.blue.length).toBeGreaterThan(0);
    expect(Math.min(...inserted!.blue)).toBeGreaterThan(0.6);
    expect(inserted!.red).toEqual([]);
    const words = wordBoxes(pdf.diff);
    const word = (text: string) => words.find((w) => w.text === text)!;
    const deleted = look(pdf.diff, word('promptly'));
    expect(deleted.red.length).toBeGreaterThan(0);
    // Struck through the middle of the word, not under it.
    expect(deleted.red.every((y) => y > 0.25 && y < 0.8)).toBe(true);
    expect(deleted.blue).toEqual([]);
    expect(look(pdf.diff, word('Panel')).blue.length).toBeGreaterThan(0);
    expect(look(pdf.diff, word('change.'))).toEqual({ blue: [], red: [], bluePixels: 0, redPixels: 0 });
  });
});
