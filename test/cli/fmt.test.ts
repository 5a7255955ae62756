import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

  describe('bad text is refused or kept, never silently changed', () => {
    it('says once that a CRLF file has CRLF line endings, with no diff of lines that look the same, and --write converts them', async () => {
      const dir = tempCopy('test/fixtures/parse/crlf-line-endings');
      const file = join(dir, 'input.md');
      const { code, stdout } = await runCli('fmt', file);
      expect(code).toBe(1);
      expect(stdout).toBe(`${file}: CRLF line endings (fmt --write converts to LF)\n`);
      expect((await runCli('fmt', '--write', file)).code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(readFileSync('test/fixtures/parse/crlf-line-endings/canonical.md', 'utf8'));
    });

    it('shows only the real changes of a CRLF file that is not canonical either', async () => {
      const dir = tempCopy('test/fixtures/parse/wrapped-lines-fold');
      const file = join(dir, 'input.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
      const { code, stdout } = await runCli('fmt', file);
      expect(code).toBe(1);
      expect(stdout.split('\n')[0]).toBe(`${file}: CRLF line endings (fmt --write converts to LF)`);
      expect(stdout).toContain('+H1.1 Where a User sends a request to the DCC:');
      expect(stdout).not.toContain('\r');
    });

    it('says once that fmt --write drops a byte-order mark', async () => {
      const dir = tempCopy('test/fixtures/parse/byte-order-mark');
      const file = join(dir, 'input.md');
      const { code, stdout } = await runCli('fmt', file);
      expect(code).toBe(1);
      expect(stdout).toBe(`${file}: byte-order mark (fmt --write drops it)\n`);
      expect((await runCli('fmt', '--write', file)).code).toBe(0);
      expect(readFileSync(file)[0]).toBe(0x2d);
    });

    it.each([
      ['invalid-utf8', /G\.md:15:254: invalid UTF-8 at byte offset 744 \(0x92\)/],
      ['nul-character', /G\.md:13:191: control character U\+0000 \(NUL\)/],
      ['clause-number-after-space', /G\.md:15:1: a clause number must start the line/],
    ])('refuses %s with exit 2 and one line, leaving the file as it was under --write', async (name, message) => {
      const dir = tempCopy(`test/fixtures/parse/${name}`);
      const file = join(dir, 'G.md');
      const before = readFileSync(file);
      const { code, stdout, stderr } = await runCli('fmt', '--write', file);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(file).equals(before)).toBe(true);
    });

    it('refuses invalid UTF-8 in diff and check too (the same reader)', async () => {
      const file = 'test/fixtures/parse/invalid-utf8/G.md';
      for (const argv of [['diff', file, 'test/fixtures/parse/duplicate-clause-number/G.md'], ['check', file]]) {
        const { code, stderr } = await runCli(...argv);
        expect(code).toBe(2);
        expect(stderr).toContain('invalid UTF-8 at byte offset 744');
      }
    });
  });
});
