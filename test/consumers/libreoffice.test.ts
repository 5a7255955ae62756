/** LibreOffice, a real Word reader, opens our .docx files and prints them to PDF; pdftotext reads the words back. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/compare/build-annex.js';
import { annexToDocx } from '../../src/render/docx/index.js';
import { openStore } from '../../src/store/store.js';
import { has } from './tools.js';

describe.skipIf(!has('soffice') || !has('pdftotext'))('LibreOffice reads the Word annex', () => {
  it('converts the visual and tracked annexes to PDF showing the marked words and "Page 1 of"', async () => {
    const store = openStore('clauses');
    const annex = buildAnnex(store.resolve({ at: '6.17' }), store.loadModification('MP087'), store.resolve({ mod: 'MP087' }));
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-lo-'));
    writeFileSync(join(dir, 'visual.docx'), await annexToDocx(annex, { trackChanges: false }));
    writeFileSync(join(dir, 'tracked.docx'), await annexToDocx(annex, { trackChanges: true }));
    // One soffice call for both files: its start-up is most of the cost.
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'visual.docx'), join(dir, 'tracked.docx')], { stdio: 'ignore', timeout: 120_000 });
    for (const name of ['visual', 'tracked']) {
      const text = execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('This document is classified as White');
      expect(text).toContain('Amend Section G3.20 as follows:');
      expect(text).toContain('Gas Proxy Function which forms part of a SMETS2+ Device) for which');
      expect(text).toMatch(/Page 1 of \d/);
    }
  }, 180_000);
});
