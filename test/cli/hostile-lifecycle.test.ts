/**
 * Hostile inputs to the commands that write the store: apply, release, rebase (issue 11's table).
 * Each case: a fresh temporary store, the CLI, its exit code and one line, and the store and its
 * parent hashed before and after.
 */
import { hostname } from 'node:os';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileTable, type Sandbox } from './hostile-table.js';
import { canMount, inMountedProcess } from './hostile-process.js';
import { runCli } from './run-cli.js';

const NAME = /\(a version id is a letter or digit, then letters, digits, \. _ \+ or -, at most 64, e\.g\. 6\.17\.1\)$/;
const applied = async ({ store }: Sandbox) => {
  expect((await runCli('apply', 'MP087', '--as', '6.17.1', '--store', store)).code).toBe(0);
};

describe('hostile input: apply', () => {
  hostileTable([
    { name: '--as ../../x --force: a separator, nothing written outside', argv: () => ['apply', 'MP087', '--as', '../../x', '--force'], code: 2, line: /^version id '\.\.\/\.\.\/x' \(--as\) holds a path separator/ },
    { name: '--as modifications --force: a reserved name, the modifications kept', argv: () => ['apply', 'MP087', '--as', 'modifications', '--force'], code: 2, line: /'modifications' \(--as\) is a folder name the store reserves/ },
    { name: '--as Modifications (another case of the reserved name)', argv: () => ['apply', 'MP087', '--as', 'Modifications', '--force'], code: 2, line: /reserves/ },
    { name: '--as an absolute path', argv: ({ top }) => ['apply', 'MP087', '--as', join(top, 'abs')], code: 2, line: /holds a path separator/ },
    { name: "--as '' --force (was an EINVAL trace)", argv: () => ['apply', 'MP087', '--as', '', '--force'], code: 2, line: /^version id '' \(--as\) is empty/ },
    { name: '--as ..', argv: () => ['apply', 'MP087', '--as', '..', '--force'], code: 2, line: /holds '\.\.'/ },
    { name: '--as .hidden', argv: () => ['apply', 'MP087', '--as', '.hidden'], code: 2, line: /starts with a dot/ },
    { name: '--as=-rf', argv: () => ['apply', 'MP087', '--as=-rf'], code: 2, line: /starts with a dash/ },
    { name: '--as with a NUL', argv: () => ['apply', 'MP087', '--as', 'a\0b'], code: 2, line: /holds a NUL/ },
    { name: '--as with a newline: shown escaped, one line', argv: () => ['apply', 'MP087', '--as', 'a\nb'], code: 2, line: /'a\\nb' \(--as\) holds a character other than/ },
    { name: '--as in another script (Ｇ)', argv: () => ['apply', 'MP087', '--as', '6.17Ｇ'], code: 2, line: /holds a character other than/ },
    { name: '--as 300 characters', argv: () => ['apply', 'MP087', '--as', 'x'.repeat(300)], code: 2, line: /is 300 characters long \(at most 64\)/ },
    { name: '--as CON (a device name on Windows)', argv: () => ['apply', 'MP087', '--as', 'CON'], code: 2, line: /device name/ },
    { name: 'every refusal says what a name is', argv: () => ['apply', 'MP087', '--as', '../x'], code: 2, line: NAME },
    { name: 'a modification id with a separator', argv: () => ['apply', '../MP087', '--as', '6.17.1'], code: 2, line: /^modification id '\.\.\/MP087' holds a path separator/ },
    { name: 'a code/id reference that climbs', argv: () => ['apply', 'SEC/../MP087', '--as', '6.17.1'], code: 2, line: /holds a path separator/ },
    { name: '--as an existing version, without --force', argv: () => ['apply', 'MP087', '--as', '6.17'], code: 2, line: /^version SEC 6\.17 already exists at .* \(choose another --as, or pass --force to replace it\)$/ },
    {
      name: '--as a name held by a regular file in the code folder',
      setup: ({ store }) => writeFileSync(join(store, 'SEC', '6.17.1'), 'a file\n'),
      argv: () => ['apply', 'MP087', '--as', '6.17.1', '--force'],
      code: 2,
      line: /6\.17\.1 exists and is not a folder \(not a file\)|exists and is not a folder/,
    },
    {
      name: '--as a version folder that is a symlink out of the store, --force: refused, the target untouched',
      setup: ({ top, store }) => {
        mkdirSync(join(top, 'elsewhere'));
        writeFileSync(join(top, 'elsewhere', 'keep.txt'), 'keep\n');
        symlinkSync(join(top, 'elsewhere'), join(store, 'SEC', '6.17.1'));
      },
      argv: () => ['apply', 'MP087', '--as', '6.17.1', '--force'],
      code: 2,
      line: /6\.17\.1 is a symlink|lies outside/,
    },
    {
      name: 'a code folder that is a symlink out of the store',
      setup: ({ top, store }) => {
        mkdirSync(join(top, 'other-code'));
        symlinkSync(join(top, 'other-code'), join(store, 'LINK'));
        mkdirSync(join(store, 'LINK', 'modifications'));
        writeFileSync(join(store, 'LINK', 'modifications', 'MP001.md'), readFileSync(join(store, 'SEC', 'modifications', 'MP905.md'), 'utf8').replace('id: MP905', 'id: MP001').replace('code: SEC', 'code: LINK').replace('base: "6.17"', 'base: "6.17"'));
        mkdirSync(join(store, 'LINK', '6.17'));
        writeFileSync(join(store, 'LINK', '6.17', 'G.md'), readFileSync(join(store, 'SEC', '6.17', 'G.md'), 'utf8').replace('code: SEC', 'code: LINK'));
      },
      argv: () => ['apply', 'LINK/MP001', '--as', '6.18'],
      code: 2,
      line: /lies outside the store/,
    },
    {
      name: 'a second writer while the store is locked: one line naming the holder',
      setup: ({ store }) => writeFileSync(join(store, '.secdraft.lock'), JSON.stringify({ pid: process.pid, host: hostname(), time: '2026-12-02T10:00:00.000Z', command: 'release 6.18' })),
      argv: () => ['apply', 'MP087', '--as', '6.17.1'],
      code: 2,
      line: new RegExp(`^the store is being written by release 6\\.18 \\(pid ${process.pid} on .*, since 2026-12-02T10:00:00\\.000Z\\) \\(wait for it to finish`),
      then: ({ store }) => expect(JSON.parse(readFileSync(join(store, '.secdraft.lock'), 'utf8')).pid).toBe(process.pid),
    },
    { name: 'accepted: a plain new id writes that one folder', argv: () => ['apply', 'MP087', '--as', '6.17.1'], code: 0, line: /^wrote SEC 6\.17\.1/, changes: ['store/SEC/6.17.1'] },
  ]);
});

describe('hostile input: release', () => {
  hostileTable([
    { name: 'release ../../y: a separator', argv: () => ['release', '../../y', 'MP903'], code: 2, line: /^version id '\.\.\/\.\.\/y' \(release <version>\) holds a path separator/ },
    { name: 'release modifications', argv: () => ['release', 'modifications', 'MP903', '--force'], code: 2, line: /reserves/ },
    { name: 'a modification named twice', argv: () => ['release', '6.19', 'MP087', 'MP087'], code: 2, line: /^MP087 is named twice \(name each modification once\)$/ },
    { name: 'a modification named twice, two spellings', argv: () => ['release', '6.19', 'MP087', 'SEC/MP087'], code: 2, line: /^MP087 is named twice/ },
    {
      name: 'an existing version: release speaks of its own version id, not --as',
      argv: () => ['release', '6.17', 'MP903'],
      code: 2,
      line: /^version SEC 6\.17 already exists in the store at .* \(name the release another version id, or pass --force to replace 6\.17\)$/,
      then: (_, result) => expect(result.stderr).not.toContain('--as'),
    },
    { name: 'a clash: exit 1, nothing written', argv: ({ top }) => ['release', '6.18', 'MP901', 'MP902', '--out', join(top, 'out')], code: 1 },
    { name: '--out under a regular file: exit 3, one line, no version written', setup: ({ top }) => writeFileSync(join(top, 'file'), 'x\n'), argv: ({ top }) => ['release', '6.18', 'MP903', '--format', 'md', '--out', join(top, 'file', 'out')], code: 3, line: /file: is a file, or has one in its path, where a folder is needed/ },
    {
      name: 'a folder where the redline goes: exit 3, and neither the version nor the change log is written',
      setup: ({ top }) => mkdirSync(join(top, 'out', 'release-6.18.md'), { recursive: true }),
      argv: ({ top }) => ['release', '6.18', 'MP903', '--format', 'md', '--out', join(top, 'out')],
      code: 3,
      line: /release-6\.18\.md: is a folder/,
    },
    { name: 'existing files in an --out folder need --force', setup: ({ top }) => { mkdirSync(join(top, 'out')); writeFileSync(join(top, 'out', 'CHANGELOG.md'), 'mine\n'); }, argv: ({ top }) => ['release', '6.18', 'MP903', '--format', 'md', '--out', join(top, 'out')], code: 2, line: /CHANGELOG\.md already exists \(pass --force to replace it/ },
    { name: '--help shows mods as required, without a [] default', argv: () => ['release', '--help'], code: 0, then: (_, result) => expect(result.stdout).toMatch(/mods +Modification ids, each once +\[array\] \[required\]\n/) },
    { name: 'accepted: the version and its outputs', argv: ({ top }) => ['release', '6.18', 'MP903', '--format', 'md', '--out', join(top, 'out')], code: 0, changes: ['store/SEC/6.18', 'out'] },
  ]);
});

describe('hostile input: rebase', () => {
  hostileTable([
    { name: 'onto a version that already holds the modification: says so, exit 0, nothing written', setup: applied, argv: () => ['rebase', 'MP087', '--onto', '6.17.1'], code: 0, line: /^6\.17\.1 already holds MP087 .*: nothing to rebase, nothing written$/ },
    { name: 'onto its own base: says so, nothing written', argv: () => ['rebase', 'MP087', '--onto', '6.17'], code: 0, line: /^MP087 is already drafted against 6\.17: nothing to rebase, nothing written$/ },
    { name: '--onto ../x', argv: () => ['rebase', 'MP087', '--onto', '../x'], code: 2, line: /^version id '\.\.\/x' \(--onto\) holds a path separator/ },
    { name: 'a modification id that climbs', argv: () => ['rebase', '../../etc/passwd', '--onto', '6.17'], code: 2, line: /holds a path separator/ },
    { name: 'an unknown version', argv: () => ['rebase', 'MP087', '--onto', '9.99'], code: 2, line: /no version 'SEC\/9\.99'/ },
  ]);
});

describe.skipIf(!canMount)('hostile file systems under the store (real processes, private mounts)', () => {
  hostileTable([
    {
      name: 'a read-only store: apply ends in one line, exit 3',
      argv: () => ['apply', 'MP087', '--as', '6.17.1'],
      run: (argv, { store }) => inMountedProcess('mount --bind "$D" "$D" && mount -o remount,ro,bind "$D"', store, argv),
      code: 3,
      line: /read-only file system/,
    },
    {
      name: 'a full disk under the store: release ends in one line, exit 3',
      argv: ({ top }) => ['release', '6.18', 'MP903', '--format', 'md', '--out', join(top, 'out')],
      // The store is copied onto a small tmpfs, then the tmpfs is filled.
      store: false,
      run: (argv, { top, store }) =>
        inMountedProcess(`mkdir -p "$D/m" && mount -t tmpfs -o size=64k none "$D/m" && cp -r "${store}" "$D/m/store" && (cat /dev/zero > "$D/m/fill" 2>/dev/null || true)`, top, [...argv, '--store', join(top, 'm', 'store')]),
      code: 3,
      line: /no space left on the device/,
      changes: ['m'],
    },
  ]);
});

if (!canMount) {
  describe('hostile file systems not tried here', () => {
    it.skip('these need unshare -m and mount (root or CAP_SYS_ADMIN)', () => {});
  });
}
