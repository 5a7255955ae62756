import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** A copy of the store with the invented lifecycle modifications added. */
function storeWithFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'secdraft-release-'));
  cpSync('clauses', dir, { recursive: true });
  cpSync('test/fixtures/lifecycle/modifications', join(dir, 'SEC', 'modifications'), { recursive: true });
  return dir;
}

describe('secdraft release', () => {
  it('stops on two modifications changing the same words of G3.19, naming both, writing nothing', async () => {
    const store = storeWithFixtures();
    const out = join(store, 'out');
    const { code, stdout } = await runCli('release', '6.18', 'MP901', 'MP902', '--store', store, '--out', out);
    expect(code).toBe(1);
    expect(stdout).toContain('G3.19');
    expect(stdout).toContain('MP901: "already" -> "fully"');
    expect(stdout).toContain('MP902: "already" -> "demonstrably"');
    expect(readdirSync(join(store, 'SEC')).sort()).toEqual(['6.17', 'modifications']);
    expect(existsSync(out)).toBe(false);
  });

  it('merges two modifications that change different words of G3.19', async () => {
    const store = storeWithFixtures();
    const out = join(store, 'out');
    const { code } = await runCli('release', '6.18', 'MP903', 'MP904', 'MP905', '--store', store, '--out', out);
    expect(code).toBe(0);
    const shown = await runCli('show', 'G3.19', '--at', '6.18', '--store', store);
    expect(shown.stdout).toContain('A User need not notify a manufacturer');
    expect(shown.stdout).toContain('otherwise be notified to it.');
    expect((await runCli('show', 'G3.21', '--at', '6.18', '--store', store)).stdout).toContain('need not notify the User');
    const log = readFileSync(join(out, 'CHANGELOG.md'), 'utf8');
    expect(log).toContain('## MP903\n\n- amended: G3.19');
    expect(log).toContain('## MP905\n\n- amended: G3.21');
    expect(readFileSync(join(store, 'SEC', '6.18', 'G.md'), 'utf8')).toContain('modifications: [MP903, MP904, MP905]');
  });

  it('gives the same version whatever the order of the modifications', async () => {
    const one = storeWithFixtures();
    const two = storeWithFixtures();
    expect((await runCli('release', '6.18', 'MP903', 'MP904', '--store', one, '--out', join(one, 'out'))).code).toBe(0);
    expect((await runCli('release', '6.18', 'MP904', 'MP903', '--store', two, '--out', join(two, 'out'))).code).toBe(0);
    expect(readFileSync(join(two, 'SEC', '6.18', 'G.md'), 'utf8')).toBe(readFileSync(join(one, 'SEC', '6.18', 'G.md'), 'utf8'));
  });
});

describe('secdraft rebase', () => {
  it('rebases MP087 onto a release that changed other clauses, cleanly', async () => {
    const store = storeWithFixtures();
    expect((await runCli('release', '6.18', 'MP905', '--store', store, '--out', join(store, 'out'))).code).toBe(0);
    const { code, stdout } = await runCli('rebase', 'MP087', '--onto', '6.18', '--store', store);
    expect(code).toBe(0);
    expect(stdout).toContain('MP087 rebased from 6.17 onto 6.18');
    const file = readFileSync(join(store, 'SEC', 'modifications', 'MP087.md'), 'utf8');
    expect(file).toContain('base: "6.18"');
    expect((await runCli('show', 'G3.20(b)', '--mod', 'MP087', '--store', store)).stdout).toContain('which forms part of a SMETS2+ Device');
  });

  it('merges with changes to the same clause made since, or reports a clash', async () => {
    const store = storeWithFixtures();
    expect((await runCli('release', '6.18', 'MP903', '--store', store, '--out', join(store, 'out'))).code).toBe(0);
    const clean = await runCli('rebase', 'MP904', '--onto', '6.18', '--store', store, '--dry-run');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('merged with changes made since 6.17: G3.19');
    // MP901 changes other words of G3.19 than MP903 did: also clean.
    expect((await runCli('rebase', 'MP901', '--onto', '6.18', '--store', store)).code).toBe(0);
    const store2 = storeWithFixtures();
    expect((await runCli('release', '6.18', 'MP902', '--store', store2, '--out', join(store2, 'out'))).code).toBe(0);
    const clashing = await runCli('rebase', 'MP901', '--onto', '6.18', '--store', store2);
    expect(clashing.code).toBe(1);
    expect(clashing.stdout).toContain('does not rebase cleanly');
    expect(readFileSync(join(store2, 'SEC', 'modifications', 'MP901.md'), 'utf8')).toContain('base: "6.17"');
  });
});

describe('release redline and history', () => {
  it('writes a release redline crediting each change to its modification', async () => {
    const store = storeWithFixtures();
    const out = join(store, 'out');
    expect((await runCli('release', '6.18', 'MP903', 'MP904', '--store', store, '--out', out, '--track-changes')).code).toBe(0);
    const html = readFileSync(join(out, 'release-6.18.html'), 'utf8');
    expect(html).toContain('data-by="MP903"');
    expect(html).toContain('data-by="MP904"');
    const md = readFileSync(join(out, 'release-6.18.md'), 'utf8');
    expect(md).toMatch(/<(ins|del) title="MP903">/);
    expect(md).toMatch(/<(ins|del) title="MP904">/);
    const { documentXml } = await import('../render/read-back.js');
    const xml = documentXml(readFileSync(join(out, 'release-6.18.docx')));
    expect(xml).toContain('w:author="MP903"');
    expect(xml).toContain('w:author="MP904"');
  });

  it('shows every step that changed a clause', async () => {
    const store = storeWithFixtures();
    expect((await runCli('release', '6.18', 'MP903', '--store', store, '--out', join(store, 'out'))).code).toBe(0);
    const { code, stdout } = await runCli('history', 'G3.19', '--store', store);
    expect(code).toBe(0);
    expect(stdout).toContain('== 6.17 (first version held, extract): as first held');
    expect(stdout).toContain('== 6.18 (from 6.17, includes MP903');
    expect(stdout).toContain('A User [-shall not be required to-]{+need not+} notify');
    const g320 = await runCli('history', 'G3.20', '--store', store);
    expect(g320.stdout).toContain('== 6.17 + MP087');
    expect(g320.stdout).toContain('{+ which forms part of a SMETS2+ Device+}');
  });
});
