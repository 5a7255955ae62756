import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FILE = 'test/fixtures/check/terms/H.md';

describe('secdraft terms', () => {
  it('lists each defined term with where it is defined and its uses, alphabetised', async () => {
    const { code, stdout } = await runCli('terms', FILE);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      `Party Register   ${FILE}:11:93  1 use`,
      `Widget Register  ${FILE}:11:7  2 uses`,
    ]);
    expect(stdout).toContain(`2 defined terms in SEC ${FILE}`);
  });

  it('--format json gives term, address, position, form and uses', async () => {
    const { stdout } = await runCli('terms', FILE, '--format', 'json');
    expect(JSON.parse(stdout)[1]).toEqual({ term: 'Widget Register', address: 'H1.1', position: { file: FILE, line: 11, column: 7 }, form: 'quoted', uses: 2, variants: 0 });
  });

  it('--at a version without definitions says so and exits 0', async () => {
    const { code, stdout } = await runCli('terms', '--at', '6.17');
    expect(code).toBe(0);
    expect(stdout).toBe('no definitions in SEC 6.17 (no list definitions, no quoted "X" means)\n');
  });

  it('refuses paths with --at (exit 2, one line)', async () => {
    const { code, stderr } = await runCli('terms', FILE, '--at', '6.17');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
