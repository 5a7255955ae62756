import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/store.js';
import { docxLines, htmlLines, versionLines } from '../render/read-back.js';
import { runCli } from './run-cli.js';
import { tempCopy } from './temp-copy.js';

const out = () => mkdtempSync(join(tmpdir(), 'secdraft-publish-'));

describe('secdraft publish', () => {
  it('writes one file per Section and format, clean, holding the version', async () => {
    const dir = out();
    const { code, stdout, stderr } = await runCli('publish', '6.17', '--out', dir);
    expect([code, stderr]).toEqual([0, '']);
    expect(readdirSync(dir).sort()).toEqual(['SEC-6.17-G.docx', 'SEC-6.17-G.html', 'SEC-6.17-G.md']);
    expect(stdout).toBe(['md', 'html', 'docx'].map((f) => `wrote ${join(dir, `SEC-6.17-G.${f}`)}\n`).join(''));
    const lines = versionLines(openStore('clauses').loadVersion('6.17'));
    expect(docxLines(readFileSync(join(dir, 'SEC-6.17-G.docx')), 'reject')).toEqual(lines);
    expect(htmlLines(readFileSync(join(dir, 'SEC-6.17-G.html'), 'utf8'), 'accept')).toEqual(lines);
    expect(readFileSync(join(dir, 'SEC-6.17-G.md'), 'utf8')).toContain('This document is classified as **White**.');
  });

  it('publishes a modification as consolidated, and --single writes one file named after the version', async () => {
    const dir = out();
    expect((await runCli('publish', 'MP087', '--single', '--format', 'md', '--out', dir)).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['SEC-6.17+MP087.md']);
    const md = readFileSync(join(dir, 'SEC-6.17+MP087.md'), 'utf8');
    expect(md).toContain('Gas Proxy Function which forms part of a SMETS2+ Device) for which it is the Responsible Supplier,');
    expect(md).toContain('# SEC Section G: Security\n\n**SEC Version 6.17+MP087**');
    expect(md).not.toMatch(/<ins|<del|~~/);
  });

  it('gives byte-identical md, html and docx on two runs', async () => {
    const [a, b] = [out(), out()];
    for (const dir of [a, b]) expect((await runCli('publish', '6.17', '--out', dir)).code).toBe(0);
    for (const file of readdirSync(a)) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
  });

  it('refuses an unknown Section or format, and a version without a classification, in one line, writing nothing', async () => {
    const dir = join(out(), 'never');
    expect(await runCli('publish', '6.17', '--section', 'Q', '--out', dir)).toEqual({ code: 2, stdout: '', stderr: 'version SEC 6.17 holds no Section Q (choose from G)\n' });
    expect((await runCli('publish', '6.17', '--format', 'rtf', '--out', dir)).stderr).toBe('unknown format rtf (choose from md, html, docx, pdf, comma-separated)\n');
    const store = tempCopy('clauses');
    const file = join(store, 'SEC/6.17/G.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('classification: White\n', ''));
    const refused = await runCli('publish', '6.17', '--store', store, '--out', dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^\S*G\.md:1:1: version SEC 6\.17 states no classification \(add classification: White .* or pass --classification\)\n$/);
    expect((await runCli('publish', '6.17', '--store', store, '--classification', 'Green', '--format', 'md', '--out', dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'SEC-6.17-G.md'), 'utf8')).toContain('classified as **Green**');
  });

  it('names files from front matter without letting a version climb out of --out', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'secdraft-publish-src-'));
    const text = readFileSync('clauses/SEC/6.17/G.md', 'utf8').replace('version: "6.17"', 'version: "../../evil"');
    writeFileSync(join(folder, 'G.md'), text);
    const dir = out();
    expect((await runCli('publish', folder, '--format', 'md', '--out', dir)).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['SEC-..-..-evil-G.md']);
  });

  it('never writes into the folder it publishes, and replaces files in an --out folder only with --force', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'secdraft-publish-src-'));
    writeFileSync(join(folder, 'G.md'), readFileSync('clauses/SEC/6.17/G.md'));
    const into = await runCli('publish', folder, '--format', 'md', '--out', folder);
    expect(into.code).toBe(2);
    expect(into.stderr.split('\n')).toHaveLength(2);
    expect(readdirSync(folder)).toEqual(['G.md']);
    const dir = out();
    expect((await runCli('publish', '6.17', '--format', 'md', '--out', dir)).code).toBe(0);
    expect((await runCli('publish', '6.17', '--format', 'md', '--out', dir)).code).toBe(2);
    expect((await runCli('publish', '6.17', '--format', 'md', '--out', dir, '--force')).code).toBe(0);
  });

  it('without LibreOffice, --format pdf names the Debian packages to install (exit 2) and writes nothing', async () => {
    const dir = join(out(), 'never');
    let stderr = '';
    const code = await main(['publish', '6.17', '--format', 'md,pdf', '--out', dir], { stdout: () => {}, stderr: (t) => void (stderr += t), env: { PATH: '/nonexistent' }, isTTY: false, stderrIsTTY: false });
    expect(code).toBe(2);
    expect(stderr).toBe('--format pdf needs LibreOffice, which is not installed (no soffice on the PATH) (install it: apt-get install --no-install-recommends libreoffice-writer-nogui fonts-liberation2 fonts-crosextra-carlito)\n');
    expect(existsSync(dir)).toBe(false);
  });
});
