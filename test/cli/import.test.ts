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
});
