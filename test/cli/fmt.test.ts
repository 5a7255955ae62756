import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tempCopy } from './temp-copy.js';


describe('secdraft fmt', () => {
  it('says the store is canonical and exits 0', async () => {
    const { code } = await runCli('fmt');
    expect(code).toBe(0);
  });

  it('shows what would change and exits 1, writing nothing', async () => {
    const dir = tempCopy('test/fixtures/parse/wrapped-lines-fold');
    const before = readFileSync(join(dir, 'input.md'), 'utf8');
    const { code, stdout } = await runCli('fmt', join(dir, 'input.md'));
    expect(code).toBe(1);
    expect(stdout).toContain('+H1.1 Where a User sends a request to the DCC:');
    expect(readFileSync(join(dir, 'input.md'), 'utf8')).toBe(before);
  });

  it('rewrites with --write, leaving no temp file, and is then canonical', async () => {
    const dir = tempCopy('test/fixtures/parse/wrapped-lines-fold');
    const file = join(dir, 'input.md');
    expect((await runCli('fmt', '--write', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('test/fixtures/parse/wrapped-lines-fold/canonical.md', 'utf8'));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await runCli('fmt', file)).code).toBe(0);
  });

  it('keeps tables as tables: --write lines up their columns, and a ragged row is refused in one line (invented tables)', async () => {
    const dir = tempCopy('test/fixtures/parse/tables-in-clauses');
    const file = join(dir, 'input.md');
    expect((await runCli('fmt', file)).code).toBe(1);
    expect((await runCli('fmt', '--write', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('test/fixtures/parse/tables-in-clauses/canonical.md', 'utf8'));
    expect(readFileSync(file, 'utf8')).toContain('| Invented Repair with a pipe \\| inside |            10 | see Section H1.2 |\n');
    const ragged = await runCli('fmt', 'test/fixtures/parse/table-ragged-row/H.md');
    expect(ragged.code).toBe(2);
    expect(ragged.stderr.trim()).toBe(readFileSync('test/fixtures/parse/table-ragged-row/expected-error.txt', 'utf8').trim());
  });

  it('exits 2 naming G.md:12 for an unlabelled list item on line 12', async () => {
    const { code, stderr } = await runCli('fmt', 'test/fixtures/parse/unlabelled-list-item/G.md');
    expect(code).toBe(2);
    expect(stderr).toContain('G.md:12:');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('writes nothing when one of several files is bad', async () => {
    const dir = tempCopy('test/fixtures/parse/wrapped-lines-fold');
    cpSync('test/fixtures/parse/unlabelled-list-item/G.md', join(dir, 'G.md'));
    const before = readFileSync(join(dir, 'input.md'), 'utf8');
    expect((await runCli('fmt', '--write', dir)).code).toBe(2);
    expect(readFileSync(join(dir, 'input.md'), 'utf8')).toBe(before);
  });
});
