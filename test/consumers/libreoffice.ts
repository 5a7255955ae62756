/** Drives LibreOffice headless, a real Word reader: many files per call, since its start-up is most of the cost. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Converts `files` to `format` ("pdf", "fodt") into `outDir` in one soffice call, with a fresh
 * user profile so that no earlier run or open instance interferes. Returns the output paths.
 */
export function sofficeConvert(files: readonly string[], format: string, outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'secdraft-lo-profile-'));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 180_000 });
  return files.map((file) => join(outDir, basename(file).replace(/\.[^.]+$/, `.${format}`)));
}

/** The text of a PDF as pdftotext lays it out, runs of white space folded to one space. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Renders one page of a PDF to PNG (pdftoppm) and returns the PNG's bytes. */
export function pdfPagePng(pdf: string, page: number, dpi: number, outPrefix: string): Buffer {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, outPrefix]);
  return readFileSync(`${outPrefix}.png`);
}
