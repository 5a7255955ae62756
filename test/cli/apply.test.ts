import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tempCopy } from './temp-copy.js';


describe('secdraft apply', () => {
  it('writes 6.17.1 = 6.17 + MP087, listing MP087 in its front matter', async () => {
    const store = tempCopy('clauses');
    const { code, stdout } = await runCli('apply', 'MP087', '--as', '6.17.1', '--store', store);
    expect(code).toBe(0);
    expect(stdout).toContain('wrote SEC 6.17.1');
    const shown = await runCli('show', 'G3.20(b)', '--at', '6.17.1', '--store', store);
    expect(shown.stdout).toContain('Gas Proxy Function which forms part of a SMETS2+ Device) for which');
    const written = readFileSync(join(store, 'SEC', '6.17.1', 'G.md'), 'utf8');
    expect(written).toContain('version: 6.17.1');
    expect(written).toContain('modifications: [MP087]');
    expect(written).toContain('effective: 2019-11-04');
    // What apply writes is canonical.
    expect((await runCli('fmt', '--store', store)).code).toBe(0);
    expect(readdirSync(join(store, 'SEC')).sort()).toEqual(['6.17', '6.17.1', 'modifications']);
    // The consolidated version is clean: no error-level finding remains.
    const checked = await runCli('check', '--at', '6.17.1', '--store', store, '--format', 'json');
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout).filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
  });

  it('refuses to overwrite a version without --force, and replaces it with --force', async () => {
    const store = tempCopy('clauses');
    const refused = await runCli('apply', 'MP087', '--as', '6.17', '--store', store);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(join(store, 'SEC', '6.17', 'G.md'), 'utf8')).toBe(readFileSync('clauses/SEC/6.17/G.md', 'utf8'));
    expect((await runCli('apply', 'MP087', '--as', '6.17.1', '--store', store)).code).toBe(0);
    expect((await runCli('apply', 'MP087', '--as', '6.17.1', '--store', store, '--force')).code).toBe(0);
    expect(readdirSync(join(store, 'SEC')).sort()).toEqual(['6.17', '6.17.1', 'modifications']);
  });
});

describe('secdraft show --on', () => {
  it('gives G3.20(b) as in force before and after MP087 was implemented on 4 November 2019', async () => {
    const before = await runCli('show', 'G3.20(b)', '--on', '2019-11-03');
    expect(before.code).toBe(0);
    expect(before.stdout).not.toContain('SMETS2+');
    const after = await runCli('show', 'G3.20(b)', '--on', '2019-11-04');
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('which forms part of a SMETS2+ Device');
    expect(after.stderr).toContain('SEC 6.17 with MP087');
    expect(after.stderr).toContain('no effective date');
  });

  it('refuses a malformed date', async () => {
    expect((await runCli('show', 'G3.20', '--on', '4 Nov 2019')).code).toBe(2);
  });
});
