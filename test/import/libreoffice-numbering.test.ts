/**
 * Documents we did not write: LibreOffice turns HTML (directly, and through ODT) with multi-level
 * lists into .docx, and prints the same .docx as text. The numbers import computes from the .docx's
 * numbering.xml must be the numbers LibreOffice prints, number for number.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectSide } from '../../src/import/project-side.js';
import { readDocx } from '../../src/import/read-docx.js';
import { has } from '../consumers/tools.js';

const SOURCE = 'test/fixtures/import/libreoffice/lists.html';

function soffice(profile: string, format: string, outDir: string, files: readonly string[]): void {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 240_000 });
}

/** [number, words] per paragraph, as import computes them. */
function imported(docx: string): Array<[string, string]> {
  const document = readDocx(readFileSync(docx), docx, { visualMarks: false });
  return document.numberSide(projectSide(document.paragraphs, 'new')).map((p) => [p.number ?? '', p.text]);
}

/** [number, words] per line, as LibreOffice prints them ("    1. Alpha clause words."). */
function printed(txt: string): Array<[string, string]> {
  return readFileSync(txt, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^\s*((?:[0-9]+|[a-zA-Z]+)\.)\s+(.*)$/.exec(line);
      return match ? [match[1] as string, (match[2] as string).trim()] : ['', line.trim()];
    });
}

describe.skipIf(!has('soffice'))('numbering of .docx files LibreOffice writes', () => {
  it('computes the numbers LibreOffice prints, from HTML and from ODT', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-lo-lists-'));
    const profile = join(dir, 'profile');
    copyFileSync(SOURCE, join(dir, 'direct.html'));
    copyFileSync(SOURCE, join(dir, 'via-odt.html'));
    soffice(profile, 'odt', dir, [join(dir, 'via-odt.html')]);
    soffice(profile, 'docx:MS Word 2007 XML', dir, [join(dir, 'direct.html'), join(dir, 'via-odt.odt')]);
    soffice(profile, 'txt:Text', join(dir, 'txt'), [join(dir, 'direct.docx'), join(dir, 'via-odt.docx')]);
    for (const name of ['direct', 'via-odt']) {
      const ours = imported(join(dir, `${name}.docx`));
      const theirs = printed(join(dir, 'txt', `${name}.txt`));
      expect(ours.filter(([n]) => n !== '').length).toBe(14);
      expect(ours, name).toEqual(theirs);
    }
  }, 600_000);
});
