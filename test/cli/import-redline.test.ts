/** `secdraft import-redline`: writes a draft, refuses a stale redline (exit 1, nothing written) unless --force, never overwrites unasked. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tempCopy } from './temp-copy.js';

const SEED = 'test/fixtures/import/redline/seed-mp087/input.txt';
const STALE = 'test/fixtures/import/redline/stale-redline/input.txt';
const TITLE = 'Correction to SEC Section G – User Responsibilities';

describe('secdraft import-redline', () => {
  it('writes the seed annex as a draft modification that annex, check --mod and show --mod read', async () => {
    const store = tempCopy('clauses');
    const { code, stdout, stderr } = await runCli('import-redline', SEED, '--base', '6.17', '--id', 'MP187', '--title', TITLE, '--store', store);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('draft MP187, amends or inserts G3.20; context G3.17, G3.18, G3.19, G3.21 matches 6.17');
    const written = readFileSync(join(store, 'SEC', 'modifications', 'MP187.md'), 'utf8');
    expect(written).not.toMatch(/^path:|^implemented:/m);
    const out = join(store, 'out');
    expect((await runCli('annex', 'MP187', '--format', 'md', '--out', out, '--store', store)).code).toBe(0);
    expect(readFileSync(join(out, 'MP187-annex-a.md'), 'utf8')).toContain('Gas Proxy Function<ins> which forms part of a SMETS2+ Device</ins>)');
    expect((await runCli('check', '--mod', 'MP187', '--store', store)).code).toBe(0);
    const shown = await runCli('show', 'G3.20(b)', '--mod', 'MP187', '--store', store);
    expect(shown.stdout).toContain('which forms part of a SMETS2+ Device');
  });

  it('reports a stale redline, exits 1 and writes nothing; --force writes it', async () => {
    const store = tempCopy('clauses');
    const target = join(store, 'SEC', 'modifications', 'MP903.md');
    const stale = await runCli('import-redline', STALE, '--base', '6.17', '--id', 'MP903', '--title', 'x', '--store', store);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`${STALE}:11: G3.17(a) old side says "… forms part of their User Systems; …" where 6.17 says "… forms part of its User Systems; …"`);
    expect(stale.stdout).toContain('nothing written');
    expect(existsSync(target)).toBe(false);
    const forced = await runCli('import-redline', STALE, '--base', '6.17', '--id', 'MP903', '--title', 'x', '--force', '--store', store);
    expect(forced.code).toBe(1);
    expect(existsSync(target)).toBe(true);
  });

  it('refuses to overwrite a modification unless --replace', async () => {
    const store = tempCopy('clauses');
    const again = await runCli('import-redline', SEED, '--base', '6.17', '--id', 'MP087', '--title', TITLE, '--store', store);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/MP087\.md already exists \(pass --replace/);
    const before = readFileSync(join(store, 'SEC', 'modifications', 'MP087.md'), 'utf8');
    expect(before).toContain('path: Fast-Track');
    expect((await runCli('import-redline', SEED, '--base', '6.17', '--id', 'MP087', '--title', TITLE, '--replace', '--store', store)).code).toBe(0);
  });

  it('asks for a title the annex does not state, in one line', async () => {
    const store = tempCopy('clauses');
    const { code, stderr } = await runCli('import-redline', SEED, '--base', '6.17', '--id', 'MP187', '--store', store);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^[^\n]*the annex does not state its title \(give it: --title "…"\)\n$/);
  });

  it('refuses an annex that marks nothing', async () => {
    const store = tempCopy('clauses');
    const plain = join(store, 'plain.txt');
    writeFileSync(plain, readFileSync(SEED, 'utf8').replace(/<\/?u>/g, ''));
    const { code, stderr } = await runCli('import-redline', plain, '--base', '6.17', '--id', 'MP187', '--title', 'x', '--store', store);
    expect(code).toBe(2);
    expect(stderr).toContain('the annex marks no change');
  });
});
