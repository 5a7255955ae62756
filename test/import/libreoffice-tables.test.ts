/**
 * A document we did not write: LibreOffice turns HTML with tables (a header row, a right-aligned
 * column, a table of definitions with bold terms and no header row) into .docx, and import reads
 * its Word tables as the clause format's: test/fixtures/import/libreoffice/tables.expected.md.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSection } from '../../src/import/import-section.js';
import { readDocx } from '../../src/import/read-docx.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';
import { has } from '../consumers/tools.js';

const SOURCE = 'test/fixtures/import/libreoffice/tables.html';

describe.skipIf(!has('soffice'))('tables of a .docx LibreOffice writes', () => {
  it('imports as the tables the HTML set out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-lo-tables-'));
    copyFileSync(SOURCE, join(dir, 'tables.html'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, join(dir, 'tables.html')], { stdio: 'ignore', timeout: 240_000 });
    const result = importSection(readDocx(readFileSync(join(dir, 'tables.docx')), 'tables.docx', { visualMarks: false }), { file: 'tables.docx', code: 'SEC', version: '9.1' });
    expect(result.unplaced).toEqual([]);
    await expect(result.files.map(sectionFileToMarkdown).join('\n')).toMatchFileSnapshot('../fixtures/import/libreoffice/tables.expected.md');
  }, 300_000);
});
