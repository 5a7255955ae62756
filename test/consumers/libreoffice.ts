/** Drives LibreOffice headless, a real Word reader: many files per call, since its start-up is most of the cost. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Debian's python, the one python3-uno installs the `uno` module for (a pyenv python on the PATH has none). */
const UNO_PYTHON = '/usr/bin/python3';

/** True when LibreOffice can be driven from Python: soffice on the PATH and python3-uno installed. */
export function hasUno(): boolean {
  try {
    execFileSync(UNO_PYTHON, ['-c', 'import uno'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A paragraph as LibreOffice has it: its text and its style's name ("SEC Paragraph 1"). */
export interface OfficeParagraph {
  readonly text: string;
  readonly style: string;
}

/** A table as LibreOffice has it (UNO's text table): each row's cells' text. */
export interface OfficeTable {
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** A block of the body: a paragraph or a table. */
export type OfficeBlock = OfficeParagraph | OfficeTable;

/** True for a table of the body. */
export const isOfficeTable = (block: OfficeBlock): block is OfficeTable => 'rows' in block;

/** The body's paragraphs, tables left out (their cells' paragraphs are in `rows`). */
export const officeParagraphs = (blocks: readonly OfficeBlock[]): OfficeParagraph[] => blocks.filter((b): b is OfficeParagraph => !isOfficeTable(b));

/** What LibreOffice leaves of a .docx after Accept All and after Reject All. */
export interface AcceptRejectResult {
  /** Tracked changes in the document as loaded. */
  readonly redlines: number;
  /** The body's paragraphs and tables, in order. */
  readonly accept: readonly OfficeBlock[];
  readonly reject: readonly OfficeBlock[];
  /** Tracked changes left after each (none, if the dispatch worked). */
  readonly left: readonly [number, number];
}

/**
 * Opens each file in LibreOffice itself and dispatches .uno:AcceptAllTrackedChanges to one copy
 * and .uno:RejectAllTrackedChanges to another (test/consumers/libreoffice-accept-reject.py), one
 * soffice for all the files, with a fresh private profile so that concurrent runs never clash.
 */
export function libreofficeAcceptReject(files: readonly string[]): Record<string, AcceptRejectResult> {
  const profile = mkdtempSync(join(tmpdir(), 'secdraft-lo-uno-'));
  const script = fileURLToPath(new URL('./libreoffice-accept-reject.py', import.meta.url));
  const json = execFileSync(UNO_PYTHON, [script, profile, ...files], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(json) as Record<string, AcceptRejectResult>;
}
