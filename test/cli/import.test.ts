/** `secdraft import`: Word Sections into the store; tracked changes must be resolved first. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/compare/build-annex.js';
import { annexToDocx } from '../../src/render/docx/index.js';
import { applyModification } from '../../src/store/apply-modification.js';
import { openStore } from '../../src/store/store.js';
import { runCli } from './run-cli.js';
import { tempCopy } from './temp-copy.js';

const FIXTURE = 'test/fixtures/import/section/numbered-lists';

describe('secdraft import', () => {
  it('writes each Section of the document into the store as a canonical clause file, never over one that exists', async () => {
    const store = tempCopy('clauses');
    const { code, stdout, stderr } = await runCli('import', join(FIXTURE, 'input.docx'), '--version', '9.1', '--store', store);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const written = join(store, 'SEC', '9.1', 'Q.md');
    expect(stdout).toBe(`wrote ${written} (6 clauses)\n`);
    expect(readFileSync(written, 'utf8')).toBe(readFileSync(join(FIXTURE, 'expected.md'), 'utf8'));
    expect((await runCli('fmt', written)).code).toBe(0);
    expect((await runCli('show', 'Q2.1(b)(ii)(B)', '--at', '9.1', '--store', store)).stdout).toContain('(B) its grid reference; and');
    const again = await runCli('import', join(FIXTURE, 'input.docx'), '--version', '9.1', '--store', store);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/Q\.md already exists \(pass --replace/);
  });

  it('refuses unresolved tracked changes unless told which side to take', async () => {
    const store = openStore('clauses');
    const base = store.loadVersion('6.17');
    const mp087 = store.loadModification('MP087');
    // A tracked-changes document of G3.17 to G3.21 (the real 6.17 extract) with MP087's insertion.
    const annex = buildAnnex(base, mp087, applyModification(base, mp087), { context: 'section' });
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-import-'));
    const file = join(dir, 'tracked.docx');
    writeFileSync(file, await annexToDocx(annex, { trackChanges: true }));
    const out = join(dir, 'out');
    const refused = await runCli('import', file, '--version', '6.18', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^[^\n]*tracked\.docx:\d+:1: unresolved tracked changes \(the first at paragraph \d+\) \(pass --accept-changes or --reject-changes[^\n]*\)\n$/);
    expect(existsSync(out)).toBe(false);
    const accepted = await runCli('import', file, '--version', '6.18', '--out', out, '--accept-changes');
    expect(accepted.code).toBe(0);
    expect(readFileSync(join(out, 'G.md'), 'utf8')).toContain('Gas Proxy Function which forms part of a SMETS2+ Device) for which');
    const rejected = await runCli('import', file, '--version', '6.17', '--out', join(dir, 'old'), '--reject-changes');
    expect(rejected.code).toBe(0);
    expect(readFileSync(join(dir, 'old', 'G.md'), 'utf8')).toContain('Gas Proxy Function) for which');
  });

  it('reads back what publish writes, front matter included, and refuses a --numbering that is no preset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-import-published-'));
    expect((await runCli('publish', '6.17', '--format', 'docx', '--out', dir)).code).toBe(0);
    const published = join(dir, 'SEC-6.17-G.docx');
    const imported = await runCli('import', published, '--version', '6.17', '--out', join(dir, 'sec'));
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    expect(readFileSync(join(dir, 'sec', 'G.md'), 'utf8')).toBe(readFileSync('clauses/SEC/6.17/G.md', 'utf8'));
    const refused = await runCli('import', published, '--version', '6.17', '--numbering', 'decimals', '--out', join(dir, 'no'));
    expect([refused.code, refused.stderr]).toEqual([2, "no numbering preset is called 'decimals' (choose one of sec-section, decimal, schedule-paragraph, part, or give a clause-number pattern)\n"]);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});

describe('what import cannot place', () => {
  it('reports a drawing, an unknown field and a cover page by paragraph, and imports the words around them', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const p = (inner: string) => `<w:p>${inner}</w:p>`;
    const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    // Invented words for a test.
    const body = [
      p(t('An invented cover page')),
      p(t('Section Q: Invented')),
      p(t('Q1.1 The Panel shall keep a register') + '<w:r><w:drawing/></w:r>' + t('.')),
      p(t('Q1.2 See ') + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD Name </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + t('the register') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + t('.')),
    ].join('');
    const document = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-unplaced-'));
    const file = join(dir, 'odd.docx');
    writeFileSync(file, zipSync({ '[Content_Types].xml': strToU8(types), 'word/document.xml': strToU8(document) }));
    const { code, stderr } = await runCli('import', file, '--version', '9.1', '--out', join(dir, 'out'));
    expect(code).toBe(0);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `${file}:paragraph 1: not imported: 1 paragraph before the first Section heading (a cover page, contents) ("An invented cover page")`,
      `${file}:paragraph 3: not imported: a drawing, text box or embedded object`,
      `${file}:paragraph 4: a field secdraft does not know (MERGEFIELD): its shown result is kept as words`,
    ]);
    const written = readFileSync(join(dir, 'out', 'Q.md'), 'utf8');
    expect(written).toContain('Q1.1 The Panel shall keep a register.');
    expect(written).toContain('Q1.2 See the register.');
  });
});
