import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentXml, docxLines, htmlLines, markdownLines, versionLines } from '../render/read-back.js';
import { openStore } from '../../src/store/store.js';
import { runCli } from './run-cli.js';

const out = () => mkdtempSync(join(tmpdir(), 'secdraft-annex-'));

describe('secdraft annex MP087', () => {
  it('writes md, html and docx whose only mark is the SMETS2+ words in G3.20(b), after the instruction', async () => {
    const dir = out();
    const { code } = await runCli('annex', 'MP087', '--format', 'md,html,docx', '--out', dir);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['MP087-annex-a.docx', 'MP087-annex-a.html', 'MP087-annex-a.md']);
    const md = readFileSync(join(dir, 'MP087-annex-a.md'), 'utf8');
    expect([...md.matchAll(/<ins>(.*?)<\/ins>|~~(.*?)~~|<del>(.*?)<\/del>/g)].map((m) => m[0])).toEqual(['<ins> which forms part of a SMETS2+ Device</ins>']);
    expect(md.indexOf('*Amend Section G3.20 as follows:*')).toBeLessThan(md.indexOf('### Manufacturers: Duty to Notify and Be Notified'));
    for (const title of ["# MP087 'Correction to SEC Section G – User Responsibilities'", '**Annex A**', '**Legal text – version 1.0**', 'These changes have been drafted against SEC Version 6.17.', "## Section G 'Security'"]) {
      expect(md).toContain(title);
    }
    const html = readFileSync(join(dir, 'MP087-annex-a.html'), 'utf8');
    expect([...html.matchAll(/<(ins|del)\b[^>]*>(.*?)<\/\1>/g)].map((m) => [m[1], m[2]])).toEqual([['ins', ' which forms part of a SMETS2+ Device']]);
    const xml = documentXml(readFileSync(join(dir, 'MP087-annex-a.docx')));
    expect(xml).toContain('Amend Section G3.20 as follows:');
    // Clause lines G3.17 to G3.21, accepted and rejected, in each format.
    const store = openStore('clauses');
    const amended = versionLines(store.resolve({ mod: 'MP087' }));
    const base = versionLines(store.resolve({ at: '6.17' }));
    // In Markdown the annex's prose reads like closing words: compare from the first clause on.
    const clauses = (lines: string[]) => lines.slice(lines.findIndex((l) => l.startsWith('G3.17 ')));
    expect(clauses(markdownLines(md, 'accept'))).toEqual(amended);
    expect(clauses(markdownLines(md, 'reject'))).toEqual(base);
    expect(htmlLines(html, 'accept')).toEqual(amended);
    expect(htmlLines(html, 'reject')).toEqual(base);
    expect(docxLines(readFileSync(join(dir, 'MP087-annex-a.docx')), 'reject')).toEqual(base);
  });

  it('with --track-changes puts the words in one w:ins by MP087, dated 4 November 2019, and nothing in w:del', async () => {
    const dir = out();
    expect((await runCli('annex', 'MP087', '--format', 'docx', '--track-changes', '--out', dir)).code).toBe(0);
    const xml = documentXml(readFileSync(join(dir, 'MP087-annex-a.docx')));
    const ins = [...xml.matchAll(/<w:ins\b([^>]*)>([\s\S]*?)<\/w:ins>/g)];
    expect(ins).toHaveLength(1);
    expect(ins[0]![1]).toContain('w:author="MP087"');
    expect(ins[0]![1]).toContain('w:date="2019-11-04T00:00:00Z"');
    expect(ins[0]![2]!.replace(/<[^>]+>/g, '')).toBe(' which forms part of a SMETS2+ Device');
    expect(xml).not.toContain('<w:del ');
  });

  it('gives byte-identical files on two runs', async () => {
    const [a, b] = [out(), out()];
    for (const dir of [a, b]) expect((await runCli('annex', 'MP087', '--out', dir)).code).toBe(0);
    for (const file of readdirSync(a)) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
    const [c, d] = [out(), out()];
    for (const dir of [c, d]) expect((await runCli('annex', 'MP087', '--format', 'docx', '--track-changes', '--out', dir)).code).toBe(0);
    expect(readFileSync(join(c, 'MP087-annex-a.docx')).equals(readFileSync(join(d, 'MP087-annex-a.docx')))).toBe(true);
  });

  it('shows only the changed clause with --context clause, and the whole Section with --context section', async () => {
    const dir = out();
    await runCli('annex', 'MP087', '--format', 'md', '--context', 'clause', '--out', dir);
    const md = readFileSync(join(dir, 'MP087-annex-a.md'), 'utf8');
    expect(md).toContain('**G3.20**');
    expect(md).not.toContain('**G3.19**');
  });

  it('refuses an unknown format or modification with exit 2 and writes nothing', async () => {
    const dir = out();
    expect((await runCli('annex', 'MP087', '--format', 'md,pdf', '--out', dir)).code).toBe(2);
    expect((await runCli('annex', 'MP999', '--out', dir)).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('secdraft diff', () => {
  it('exits 1 and marks the words between 6.17 and MP087, plain when piped', async () => {
    const { code, stdout } = await runCli('diff', '6.17', 'MP087');
    expect(code).toBe(1);
    expect(stdout).toContain('Gas Proxy Function{+ which forms part of a SMETS2+ Device+}) for which');
    expect(stdout).not.toContain('\x1b[');
  });

  it('exits 0 for identical sides, and compares files and folders', async () => {
    expect((await runCli('diff', '6.17', 'clauses/SEC/6.17')).code).toBe(0);
    const changed = await runCli('diff', 'test/fixtures/compare/clause-deleted/base.md', 'test/fixtures/compare/clause-deleted/amended.md', '--format', 'md');
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('~~H1.2~~');
  });

  it('writes docx to --out, and refuses docx to a terminal', async () => {
    const dir = out();
    expect((await runCli('diff', '6.17', 'MP087', '--format', 'docx', '--out', dir)).code).toBe(1);
    expect(readdirSync(dir)).toEqual(['diff.docx']);
    expect((await runCli('diff', '6.17', 'MP087', '--format', 'docx')).code).toBe(2);
  });
});
