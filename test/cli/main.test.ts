/** The command line's own parsing: which command runs, global options before it, and --help. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { runCli } from './run-cli.js';

describe('secdraft', () => {
  it('lists every command in --help, though only the named one is loaded', async () => {
    const { code, stdout } = await runCli('--help');
    expect(code).toBe(0);
    for (const c of commands) expect(stdout).toContain(`secdraft ${c.command}`);
  });

  it('finds the command after a global --store and its value', async () => {
    for (const argv of [['--store', 'clauses', 'list'], ['--store=clauses', 'list'], ['list', '--store', 'clauses']]) {
      const { code, stdout } = await runCli(...argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(stdout).toContain('MP087');
    }
  });

  it("takes the command's own options before its name too", async () => {
    const { code, stdout } = await runCli('--format', 'md', 'diff', '6.17', 'MP087');
    expect(code).toBe(1);
    expect(stdout).toContain('<ins>');
  });

  it('runs the command yargs finds when an option before it has a command name for its value', async () => {
    const out = mkdtempSync(join(tmpdir(), 'secdraft-main-'));
    const { code, stderr } = await runCli('--format', 'md', '--out', join(out, 'diff'), 'annex', 'MP087');
    expect(stderr).not.toMatch(/Unknown/);
    expect(code).toBe(0);
  });

  it('refuses an unknown command in one line, exit 2', async () => {
    const { code, stderr } = await runCli('dif', 'a', 'b');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^secdraft: .*dif/);
  });

  it('compares and checks clause files given by path without a store (outside a project folder)', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'secdraft-nostore-')), 'clauses');
    const dir = 'test/fixtures/compare/clause-deleted';
    const diff = await runCli('diff', `${dir}/base.md`, `${dir}/amended.md`, '--format', 'md', '--store', missing);
    expect(diff.stderr).toBe('');
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain('~~The DCC shall acknowledge the notice.~~');
    const check = await runCli('check', 'test/fixtures/check/numbering/invalid/gap-order-labels', '--store', missing);
    expect(check.stderr).not.toMatch(/no store/);
    expect(check.code).toBe(1);
    // a command that needs the store still says so, in one line
    const list = await runCli('list', '--store', missing);
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/^no store at /);
  });

  it("prints package.json's version for --version", async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const { code, stdout } = await runCli('--version');
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it("validates the named command's own options", async () => {
    const { code, stderr } = await runCli('diff', '6.17', 'MP087', '--format', 'pdf');
    expect(code).toBe(2);
    expect(stderr).toMatch(/format/);
  });

  it('says a usage error yargs lays out on several lines in one line', async () => {
    const { code, stderr } = await runCli('annex', 'MP087', '--context', 'paragraph');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^secdraft: Invalid values: Argument: context, Given: "paragraph"/);
  });

  it('states the exit codes in --help', async () => {
    const { stdout } = await runCli('--help');
    expect(stdout).toMatch(/Exit codes: 0 ok, 1 findings or differences, 2 bad input or usage, 3 the system failed/);
  });
});
