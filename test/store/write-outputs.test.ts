import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs, type Output, type OutputFile } from '../../src/store/write-outputs.js';

const temp = () => mkdtempSync(join(tmpdir(), 'secdraft-outputs-'));
const file = (dir: string, name: string, data: string, replace = false): OutputFile => ({ kind: 'file', path: join(dir, name), data, within: { folder: dir, what: dir }, replace });
/** Every path under `dir`, with file contents: what a test compares before and after. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name);
    out[name] = statSync(path).isDirectory() ? '(folder)' : readFileSync(path, 'utf8');
  }
  return out;
}

describe('writeOutputs', () => {
  it('writes every file, making the folders', () => {
    const dir = temp();
    writeOutputs([file(dir, 'a/x.md', 'x'), file(dir, 'a/b/y.md', 'y')]);
    expect(tree(dir)).toEqual({ a: '(folder)', 'a/b': '(folder)', 'a/b/y.md': 'y', 'a/x.md': 'x' });
  });

  it('all or nothing: a failing part leaves the previous state, no temps, no folders it made', () => {
    const dir = temp();
    writeFileSync(join(dir, 'old.md'), 'old');
    writeFileSync(join(dir, 'blocker'), 'a file where a folder is needed');
    const before = tree(dir);
    expect(() => writeOutputs([file(dir, 'old.md', 'new', true), file(dir, 'made/z.md', 'z'), file(dir, 'blocker/w.md', 'w')])).toThrow(/ENOTDIR/);
    expect(tree(dir)).toEqual(before);
  });

  it('all or nothing when a rename fails after others were made: those are put back', () => {
    const dir = temp();
    writeFileSync(join(dir, 'one.md'), 'one');
    const before = tree(dir);
    // Two versions of one new folder: the first is renamed into place, the second's rename then
    // meets a folder that is not empty (ENOTEMPTY), after one.md was already replaced.
    const version = (text: string): Output => ({ kind: 'folder', path: join(dir, 'v'), files: [['G.md', text]], within: { folder: dir, what: dir }, replace: true });
    expect(() => writeOutputs([file(dir, 'one.md', 'ONE', true), version('first'), version('second')])).toThrow(/ENOTEMPTY|EEXIST/);
    expect(tree(dir)).toEqual(before);
  });

  it('refuses an existing file unless it may be replaced, before writing anything', () => {
    const dir = temp();
    writeFileSync(join(dir, 'x.md'), 'mine');
    expect(() => writeOutputs([file(dir, 'new.md', 'n'), file(dir, 'x.md', 'theirs')])).toThrow(/x\.md already exists \(pass --force to replace it, or choose another name\)/);
    expect(tree(dir)).toEqual({ 'x.md': 'mine' });
  });

  it('never replaces a clause or modification file, nor a device, nor writes outside its folder', () => {
    const dir = temp();
    writeFileSync(join(dir, 'G.md'), '---\ncode: SEC\nversion: "6.17"\n---\n');
    expect(() => writeOutputs([file(dir, 'G.md', '{}', true)])).toThrow(/holds clause text/);
    expect(() => writeOutputs([{ ...file(dir, 'x', ''), path: '/dev/null', replace: true, within: { folder: '/dev', what: '/dev' } }])).toThrow(/not a regular file \(a device\)/);
    expect(() => writeOutputs([file(dir, '../escape.md', 'x')])).toThrow(/lies outside/);
    const outside = temp();
    symlinkSync(outside, join(dir, 'link'));
    expect(() => writeOutputs([file(dir, 'link/escape.md', 'x')])).toThrow(/lies outside/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses an output that is a symlink out of its folder (a planted link in output/ cannot carry a write elsewhere)', () => {
    const dir = temp();
    const outside = temp();
    writeFileSync(join(outside, 'victim.txt'), 'keep');
    symlinkSync(join(outside, 'victim.txt'), join(dir, 'MP087-annex-a.md'));
    expect(() => writeOutputs([file(dir, 'MP087-annex-a.md', 'x', true)])).toThrow(/is a symlink to .*victim\.txt, outside/);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep');
  });

  it('guards protected places from a depth: the store from <code>/<version>/', () => {
    const store = temp();
    const protect = [{ path: store, what: 'the store', depth: 3 }];
    expect(() => writeOutputs([file(store, 'SEC/6.17/x.md', 'x')], { protect })).toThrow(/inside a version or modification folder of the store/);
    writeOutputs([file(store, 'out/x.md', 'x')], { protect });
    expect(tree(store)).toEqual({ out: '(folder)', 'out/x.md': 'x' });
  });

  it('writes through a symlink to its target, keeping the link, the mode and no temp', () => {
    const dir = temp();
    writeFileSync(join(dir, 'real.md'), 'old');
    chmodSync(join(dir, 'real.md'), 0o640);
    symlinkSync('real.md', join(dir, 'link.md'));
    writeOutputs([{ ...file(dir, 'link.md', 'new', true), rewrite: true }]);
    expect(readlinkSync(join(dir, 'link.md'))).toBe('real.md');
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'real.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real.md']);
  });

  it('replaces a version folder whole', () => {
    const dir = temp();
    mkdirSync(join(dir, 'v'));
    writeFileSync(join(dir, 'v', 'A.md'), 'gone');
    writeOutputs([{ kind: 'folder', path: join(dir, 'v'), files: [['G.md', 'g']], within: { folder: dir, what: dir }, replace: true }]);
    expect(tree(dir)).toEqual({ v: '(folder)', 'v/G.md': 'g' });
    expect(existsSync(join(dir, 'v', 'A.md'))).toBe(false);
  });
});
