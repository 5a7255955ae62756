/**
 * Hostile inputs to the commands that write outputs: annex, diff --out, fmt --write (issue 11's
 * table). Each case: a fresh temporary store, the CLI, its exit code and one line, and the store and
 * its parent hashed before and after.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileTable, type Sandbox } from './hostile-table.js';
import { canMount, inMountedProcess } from './hostile-process.js';

const base = ({ store }: Sandbox) => join(store, 'SEC', '6.17', 'G.md');
const mod = ({ store }: Sandbox) => join(store, 'SEC', 'modifications', 'MP087.md');
const diff = (box: Sandbox, ...rest: string[]) => ['diff', base(box), mod(box), '--format', 'md', ...rest];
const hasMkfifo = spawnSync('mkfifo', ['--version'], { stdio: 'ignore' }).status === 0;

/** A clause file outside the store, not in canonical form (two blank lines too many at the end). */
function untidy(box: Sandbox, name: string, mode: number): string {
  const path = join(box.top, name);
  writeFileSync(path, `${readFileSync(base(box), 'utf8')}\n\n`);
  chmodSync(path, mode);
  return path;
}

describe('hostile input: diff --out', () => {
  hostileTable([
    { name: 'an existing file: refused without --force (was overwritten silently)', setup: ({ top }) => writeFileSync(join(top, 'existing.md'), 'mine\n'), argv: (box) => diff(box, '--out', join(box.top, 'existing.md')), code: 2, line: /existing\.md already exists \(pass --force to replace it, or choose another name\)$/ },
    { name: 'an existing file with --force: replaced', setup: ({ top }) => writeFileSync(join(top, 'existing.md'), 'mine\n'), argv: (box) => diff(box, '--out', join(box.top, 'existing.md'), '--force'), code: 1, changes: ['existing.md'], then: ({ top }) => expect(readFileSync(join(top, 'existing.md'), 'utf8')).toContain('SMETS2+') },
    { name: 'its own input, even with --force', argv: (box) => diff(box, '--out', base(box), '--force'), code: 2, line: /is inside a version or modification folder of the store|is an input of this diff/ },
    { name: 'an input outside any store, with --force', setup: (box) => void copyFileSync(base(box), join(box.top, 'old.md')), argv: (box) => ['diff', join(box.top, 'old.md'), mod(box), '--out', join(box.top, 'old.md'), '--force'], code: 2, line: /old\.md is an input of this diff/ },
    { name: 'a clause file (by its front matter), with --force', setup: (box) => void copyFileSync(base(box), join(box.top, 'other.md')), argv: (box) => diff(box, '--out', join(box.top, 'other.md'), '--force'), code: 2, line: /other\.md holds clause text/ },
    { name: 'a symlink to a clause file, with --force: refused, the link and its target kept', setup: (box) => { copyFileSync(base(box), join(box.top, 'other.md')); symlinkSync('other.md', join(box.top, 'link.md')); }, argv: (box) => diff(box, '--out', join(box.top, 'link.md'), '--force'), code: 2, line: /link\.md holds clause text/ },
    { name: 'into the store\'s version folder', argv: (box) => diff(box, '--out', join(box.store, 'SEC', '6.17', 'redline.md')), code: 2, line: /redline\.md is inside a version or modification folder of the store/ },
    { name: 'a device (/dev/null), with --force', argv: (box) => diff(box, '--out', '/dev/null', '--force'), code: 2, line: /^\/dev\/null exists and is not a regular file \(a device\)/ },
    ...(hasMkfifo
      ? [{ name: 'a fifo, with --force', setup: ({ top }: Sandbox) => void spawnSync('mkfifo', [join(top, 'pipe')]), argv: (box: Sandbox) => diff(box, '--out', join(box.top, 'pipe'), '--force'), code: 2, line: /pipe exists and is not a regular file \(a fifo\)/ }]
      : []),
    { name: 'under a regular file: exit 3', setup: ({ top }) => writeFileSync(join(top, 'file'), 'x\n'), argv: (box) => diff(box, '--out', join(box.top, 'file', 'redline.md')), code: 3, line: /file: is a file, or has one in its path, where a folder is needed/ },
    { name: 'explicit form: a trailing / is a folder (made), diff.md in it', argv: (box) => diff(box, '--out', `${join(box.top, 'new')}/`), code: 1, changes: ['new'], then: ({ top }) => expect(readdirSync(join(top, 'new'))).toEqual(['diff.md']) },
    { name: 'explicit form: an existing folder is a folder', setup: ({ top }) => mkdirSync(join(top, 'dir')), argv: (box) => diff(box, '--out', join(box.top, 'dir')), code: 1, changes: ['dir'], then: ({ top }) => expect(readdirSync(join(top, 'dir'))).toEqual(['diff.md']) },
    { name: 'explicit form: a name without a dot is a file', argv: (box) => diff(box, '--out', join(box.top, 'redline')), code: 1, changes: ['redline'], then: ({ top }) => expect(statSync(join(top, 'redline')).isFile()).toBe(true) },
  ]);
});

describe('hostile input: annex', () => {
  hostileTable([
    { name: 'a modification id that climbs', argv: ({ top }) => ['annex', '../../MP087', '--out', join(top, 'out')], code: 2, line: /^modification id '\.\.\/\.\.\/MP087' holds a path separator/ },
    { name: 'a modification that changes nothing: exit 1, one line, nothing written', setup: ({ store }) => void copyFileSync('test/fixtures/lifecycle/unchanged/MP906.md', join(store, 'SEC', 'modifications', 'MP906.md')), argv: ({ top }) => ['annex', 'MP906', '--out', join(top, 'out')], code: 1, line: /^MP906 changes nothing in SEC 6\.17: no annex written/ },
    { name: 'existing files in an --out folder: refused without --force, none written', setup: ({ top }) => { mkdirSync(join(top, 'out')); writeFileSync(join(top, 'out', 'MP087-annex-a.html'), 'mine\n'); }, argv: ({ top }) => ['annex', 'MP087', '--format', 'md,html', '--out', join(top, 'out')], code: 2, line: /MP087-annex-a\.html already exists \(pass --force/ },
    { name: '... replaced with --force', setup: ({ top }) => { mkdirSync(join(top, 'out')); writeFileSync(join(top, 'out', 'MP087-annex-a.html'), 'mine\n'); }, argv: ({ top }) => ['annex', 'MP087', '--format', 'md,html', '--out', join(top, 'out'), '--force'], code: 0, changes: ['out'] },
    {
      name: 'md, html and docx where the .docx is a folder: exit 3, and no md or html written either',
      setup: ({ top }) => mkdirSync(join(top, 'out', 'MP087-annex-a.docx'), { recursive: true }),
      argv: ({ top }) => ['annex', 'MP087', '--format', 'md,html,docx', '--out', join(top, 'out')],
      code: 3,
      line: /MP087-annex-a\.docx: is a folder/,
    },
    { name: '--out under a regular file: exit 3', setup: ({ top }) => writeFileSync(join(top, 'file'), 'x\n'), argv: ({ top }) => ['annex', 'MP087', '--format', 'md', '--out', join(top, 'file', 'out')], code: 3, line: /file: is a file, or has one in its path/ },
    { name: 'into a version folder of the store', argv: ({ store }) => ['annex', 'MP087', '--format', 'md', '--out', join(store, 'SEC', '6.17')], code: 2, line: /inside a version or modification folder of the store/ },
  ]);
});

describe('hostile input: fmt --write', () => {
  hostileTable([
    {
      name: 'keeps a read-only file\'s mode',
      setup: (box) => void untidy(box, 'G.md', 0o444),
      argv: ({ top }) => ['fmt', '--write', join(top, 'G.md')],
      code: 0,
      changes: ['G.md'],
      then: ({ top }) => {
        expect(statSync(join(top, 'G.md')).mode & 0o777).toBe(0o444);
        expect(readFileSync(join(top, 'G.md'), 'utf8').endsWith('\n\n\n')).toBe(false);
      },
    },
    {
      name: 'writes through a symlink, which stays a symlink',
      setup: (box) => {
        untidy(box, 'real.md', 0o640);
        symlinkSync('real.md', join(box.top, 'link.md'));
      },
      argv: ({ top }) => ['fmt', '--write', join(top, 'link.md')],
      code: 0,
      changes: ['real.md'],
      then: ({ top }) => {
        expect(lstatSync(join(top, 'link.md')).isSymbolicLink()).toBe(true);
        expect(statSync(join(top, 'real.md')).mode & 0o777).toBe(0o640);
      },
    },
    {
      name: 'two files, one bad: neither rewritten',
      setup: (box) => {
        untidy(box, 'G.md', 0o644);
        writeFileSync(join(box.top, 'bad.md'), '---\ncode: SEC\n---\n# nothing\n');
      },
      argv: ({ top }) => ['fmt', '--write', join(top, 'G.md'), join(top, 'bad.md')],
      code: 2,
      line: /bad\.md:\d+:\d+: /,
    },
  ]);
});

/** Rewrites the store's clause file G.md as `edit` says (bytes), before the case runs. */
function spoil(edit: (text: string) => Buffer): (box: Sandbox) => void {
  return (box) => writeFileSync(base(box), edit(readFileSync(base(box), 'utf8')));
}
const CLAUSE_FILE = 'store/SEC/6.17/G.md';

describe('hostile input: bad text in a clause file, fmt --write (refused or kept, never silently changed)', () => {
  hostileTable([
    // Was read as U+FFFD, exit 0, and written back so.
    { name: 'Windows-1252 bytes: exit 2 with line, column and byte offset', setup: spoil((t) => { const at = t.indexOf('Where a User') + 'Where a User'.length; return Buffer.concat([Buffer.from(t.slice(0, at)), Buffer.of(0x92), Buffer.from(`s agent${t.slice(at)}`)]); }), argv: () => ['fmt', '--write'], code: 2, line: /G\.md:\d+:\d+: invalid UTF-8 at byte offset \d+ \(0x92\) \(save the file as UTF-8; in Windows-1252 it is '’'\)$/ },
    { name: 'a NUL: exit 2 naming line:col', setup: spoil((t) => Buffer.from(t.replace('Where a User', 'Where a\0 User'))), argv: () => ['fmt', '--write'], code: 2, line: /G\.md:\d+:\d+: control character U\+0000 \(NUL\) in the text/ },
    // Was folded into the clause above and written back as &#71;3.19.
    { name: 'a clause number after a space: exit 2', setup: spoil((t) => Buffer.from(t.replace('\nG3.19 ', '\n G3.19 '))), argv: () => ['fmt', '--write'], code: 2, line: /G\.md:\d+:1: a clause number must start the line \('G3\.19' follows white space\)/ },
    { name: 'CRLF line endings: said once, exit 1, nothing written', setup: spoil((t) => Buffer.from(t.replace(/\n/g, '\r\n'))), argv: () => ['fmt'], code: 1, line: /G\.md: CRLF line endings \(fmt --write converts to LF\)$/ },
    {
      name: 'CRLF line endings with --write: converted to LF, words unchanged',
      setup: spoil((t) => Buffer.from(t.replace(/\n/g, '\r\n'))),
      argv: () => ['fmt', '--write'],
      code: 0,
      changes: [CLAUSE_FILE],
      then: (box) => expect(readFileSync(base(box), 'utf8')).toBe(readFileSync('clauses/SEC/6.17/G.md', 'utf8')),
    },
  ]);
});

describe.skipIf(!canMount)('hostile file systems under --out (real processes, private mounts)', () => {
  it('a disk that fills while the annex is written: exit 3, one line, and no part of it left (md, html, docx)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-fill-'));
    // 12 KiB: the md fits, the html and docx do not; ls inside the namespace shows what was left.
    const run = inMountedProcess(
      'mount -t tmpfs -o size=12k none "$D" && "$@"; code=$?; ls -A "$D" >&2; exit $code; true',
      dir,
      ['annex', 'MP087', '--format', 'md,html,docx', '--out', dir],
    );
    const lines = run.stderr.trim().split('\n');
    expect(run.code, run.stderr).toBe(3);
    expect(lines[0]).toMatch(/MP087-annex-a\.(html|docx): no space left on the device/);
    // Nothing after the message: the listing of the folder was empty.
    expect(lines).toHaveLength(1);
  });
});
