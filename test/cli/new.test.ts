/** `secdraft new` starts a draft; drafts are read, annexed, checked and shown, and release refuses them. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tempCopy } from './temp-copy.js';

describe('secdraft new', () => {
  it('copies the named clauses in full under their Section and cross-heading, as a draft', async () => {
    const store = tempCopy('clauses');
    const { code, stdout } = await runCli('new', 'MP300', 'G3.20', 'G3.18(a)', '--base', '6.17', '--title', 'Invented for a test', '--store', store);
    expect(code).toBe(0);
    expect(stdout).toContain('draft MP300 against SEC 6.17, with G3.18, G3.20 to edit');
    const text = readFileSync(join(store, 'SEC', 'modifications', 'MP300.md'), 'utf8');
    expect(text).toMatch(/^---\nid: MP300\ntitle: Invented for a test\ncode: SEC\nbase: "6\.17"\nversion: "0\.1"\nclassification: White\n---\n\n# Section G: Security\n\n## Manufacturers: Duty to Notify and Be Notified\n\nG3\.18 /);
    const base = readFileSync(join(store, 'SEC', '6.17', 'G.md'), 'utf8');
    for (const number of ['G3.18', 'G3.20']) {
      const clause = new RegExp(`\\n${number.replace('.', '\\.')} [\\s\\S]*?(?=\\n\\nG3\\.|\\n$)`);
      expect(text.match(clause)?.[0]).toBe(base.match(clause)?.[0]);
    }
    const annex = await runCli('annex', 'MP300', '--store', store, '--out', join(store, 'out'));
    expect(annex.code).toBe(1);
    expect(annex.stderr).toMatch(/^MP300 changes nothing in SEC 6\.17: no annex written/);
  });

  it('refuses an id that exists, and a clause the base lacks', async () => {
    const store = tempCopy('clauses');
    const taken = await runCli('new', 'MP087', 'G3.20', '--base', '6.17', '--store', store);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/^modification MP087 already exists in the store \(/);
    const missing = await runCli('new', 'MP301', 'G3.99', '--base', '6.17', '--store', store);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^version 6\.17 holds no clause G3\.99 \(/);
  });

  it('names the document where appendices share a number, takes its numbering, and the annex says "paragraph" (invented appendices V, W, Y)', async () => {
    const store = mkdtempSync(join(tmpdir(), 'secdraft-new-'));
    mkdirSync(join(store, 'SEC', '1.0'), { recursive: true });
    for (const file of ['V.md', 'W.md', 'Y.md']) cpSync(join('test/fixtures/check/cross-reference/valid/local-numbering', file), join(store, 'SEC', '1.0', file));
    const shared = await runCli('new', 'MP310', '1.1', '--base', '1.0', '--store', store);
    expect(shared.code).toBe(2);
    expect(shared.stderr.trimEnd()).toBe('1.1 is in 2 documents of SEC 1.0: V:1.1, Y:1.1 (name the document, e.g. V:1.1)');
    const mixed = await runCli('new', 'MP310', 'Y:1.1', 'W:Part 2', '--base', '1.0', '--store', store);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^Y:1\.1, W:Part 2 come from documents numbered differently \(/);
    const named = await runCli('new', 'MP310', 'Y:1.1', '--base', '1.0', '--title', 'Invented for a test', '--store', store);
    expect(named.code).toBe(0);
    const file = join(store, 'SEC', 'modifications', 'MP310.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('numbering: decimal\n');
    expect(text).toContain('# Section Y: ');
    expect(text).not.toContain('# Section V');
    writeFileSync(file, text.replace('that is withdrawn', 'that is retired'));
    const annex = await runCli('annex', 'MP310', '--store', store, '--format', 'md', '--out', join(store, 'out/'));
    expect(annex.code).toBe(0);
    const md = readFileSync(join(store, 'out', 'MP310-annex-a.md'), 'utf8');
    expect(md).toContain('*Amend paragraph 1.1 as follows:*');
    expect(md).toContain('~~withdrawn~~<ins>retired</ins>');
    // history, like show and new, needs the document named, and then follows that one only.
    const both = await runCli('history', '1.1', '--store', store);
    expect(both.code).toBe(2);
    expect(both.stderr.trimEnd()).toBe('1.1 is in 2 documents of SEC 1.0: V:1.1, Y:1.1 (name the document, e.g. secdraft history V:1.1)');
    const y = await runCli('history', 'Y:1.1', '--store', store);
    expect(y.code).toBe(0);
    expect(y.stdout).toContain('== 1.0 + MP310');
    expect(y.stdout).toContain('that is [-withdrawn-]{+retired+}');
    const v = await runCli('history', 'V:1.1', '--store', store);
    expect(v.stdout).not.toContain('MP310');
  });
});

describe('drafts', () => {
  it('are annexed, checked and shown once edited, and release refuses them naming the missing field', async () => {
    const store = tempCopy('clauses');
    await runCli('new', 'MP300', 'G3.21', '--base', '6.17', '--title', 'Invented for a test', '--store', store);
    const file = join(store, 'SEC', 'modifications', 'MP300.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('under the arrangements.', 'under the arrangements in force.'));
    const out = join(store, 'out');
    expect((await runCli('annex', 'MP300', '--format', 'md', '--out', out, '--store', store)).code).toBe(0);
    expect(readFileSync(join(out, 'MP300-annex-a.md'), 'utf8')).toContain('arrangements<ins> in force</ins>.');
    expect((await runCli('show', 'G3.21', '--mod', 'MP300', '--store', store)).stdout).toContain('under the arrangements in force.');
    expect([0, 1]).toContain((await runCli('check', '--mod', 'MP300', '--store', store)).code);
    const noPath = await runCli('release', '6.18', 'MP300', '--store', store, '--out', out);
    expect(noPath.code).toBe(2);
    expect(noPath.stderr).toMatch(/MP300\.md:1:1: MP300 is a draft: its front matter has no 'path' \([^\n]*\)\n$/);
    writeFileSync(file, readFileSync(file, 'utf8').replace('classification: White\n', 'classification: White\npath: Self-Governance\n'));
    const noDate = await runCli('release', '6.18', 'MP300', '--store', store, '--out', out);
    expect(noDate.stderr).toContain("MP300 is a draft: its front matter has no 'implemented'");
    expect((await runCli('list', '--store', store)).stdout).toContain("MP300  'Invented for a test'  against SEC 6.17, legal text 0.1, Self-Governance, White");
  });
});
