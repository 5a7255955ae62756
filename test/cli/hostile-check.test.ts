/**
 * Hostile inputs to the commands that read: check (and its --write-baseline), show, history
 * (issue 11's table). Each case: a fresh temporary store, the CLI, its exit code and one line, and
 * the store and its parent hashed before and after.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { hostileTable, type Sandbox } from './hostile-table.js';

const clause = ({ store }: Sandbox) => join(store, 'SEC', '6.17', 'G.md');
const baseline = (path: string, ...rest: string[]) => ['check', '--at', '6.17', '--write-baseline', path, ...rest];

describe('hostile input: check --write-baseline', () => {
  hostileTable([
    { name: 'a clause file in the store (was replaced with JSON)', argv: (box) => baseline(clause(box), '--force'), code: 2, line: /G\.md is inside a version or modification folder of the store/ },
    { name: 'a modification file in the store', argv: ({ store }) => baseline(join(store, 'SEC', 'modifications', 'MP087.md'), '--force'), code: 2, line: /MP087\.md is inside a version or modification folder of the store/ },
    { name: 'a clause file outside the store', setup: (box) => void copyFileSync(clause(box), join(box.top, 'G.md')), argv: ({ top }) => baseline(join(top, 'G.md'), '--force'), code: 2, line: /G\.md holds clause text/ },
    { name: 'a file being checked', setup: (box) => void copyFileSync(clause(box), join(box.top, 'G.md')), argv: ({ top }) => ['check', join(top, 'G.md'), '--write-baseline', join(top, 'G.md'), '--force'], code: 2, line: /G\.md is an input of this check/ },
    { name: '/dev/full (was replaced by a regular file)', argv: () => baseline('/dev/full', '--force'), code: 2, line: /^\/dev\/full exists and is not a regular file \(a device\)/ },
    { name: 'an existing baseline: refused without --force', setup: ({ top }) => writeFileSync(join(top, 'baseline.json'), '[]\n'), argv: ({ top }) => baseline(join(top, 'baseline.json')), code: 2, line: /baseline\.json already exists \(pass --force to replace it/ },
    { name: '... replaced with --force', setup: ({ top }) => writeFileSync(join(top, 'baseline.json'), '[]\n'), argv: ({ top }) => baseline(join(top, 'baseline.json'), '--force'), code: 1, changes: ['baseline.json'], then: ({ top }) => expect(readFileSync(join(top, 'baseline.json'), 'utf8')).toContain('parallel-qualifier') },
    { name: 'a folder where the baseline goes: exit 3', setup: ({ top }) => mkdirSync(join(top, 'baseline.json')), argv: ({ top }) => baseline(join(top, 'baseline.json')), code: 3, line: /baseline\.json: is a folder/ },
    { name: 'under a regular file: exit 3', setup: ({ top }) => writeFileSync(join(top, 'file'), 'x\n'), argv: ({ top }) => baseline(join(top, 'file', 'baseline.json')), code: 3, line: /file: is a file, or has one in its path/ },
  ]);
});

describe('hostile input: names read by check, show and history', () => {
  hostileTable([
    { name: 'check --at ../x', argv: () => ['check', '--at', '../x'], code: 2, line: /^version id '\.\.\/x' holds a path separator/ },
    { name: "check --at ''", argv: () => ['check', '--at', ''], code: 2, line: /^version id '' is empty/ },
    { name: 'check --mod ../../MP087', argv: () => ['check', '--mod', '../../MP087'], code: 2, line: /^modification id '\.\.\/\.\.\/MP087' holds a path separator/ },
    { name: 'check --mod with a NUL', argv: () => ['check', '--mod', 'MP\x00087'], code: 2, line: /holds a NUL/ },
    { name: 'show --at SEC/../../x', argv: () => ['show', 'G3.20', '--at', 'SEC/../../x'], code: 2, line: /holds a path separator/ },
    { name: 'show --mod .MP087', argv: () => ['show', 'G3.20', '--mod', '.MP087'], code: 2, line: /starts with a dot/ },
    { name: 'show --on 2019-02-31 (was accepted)', argv: () => ['show', 'G3.20', '--on', '2019-02-31'], code: 2, line: /^'2019-02-31' is not a day of the calendar/ },
    { name: 'show --on 2019-13-01', argv: () => ['show', 'G3.20', '--on', '2019-13-01'], code: 2, line: /not a day of the calendar/ },
    { name: 'show --on 2019-02-29 (not a leap year)', argv: () => ['show', 'G3.20', '--on', '2019-02-29'], code: 2, line: /not a day of the calendar/ },
    { name: 'show --on 2020-02-29 (a leap year): accepted', argv: () => ['show', 'G3.20', '--on', '2020-02-29'], code: 0 },
    { name: 'show --on with --code ../x', argv: () => ['show', 'G3.20', '--on', '2020-01-01', '--code', '../x'], code: 2, line: /^code '\.\.\/x' \(--code\) holds a path separator/ },
    { name: 'history --code ../x', argv: () => ['history', 'G3.20', '--code', '../x'], code: 2, line: /^code '\.\.\/x' \(--code\) holds a path separator/ },
    ...['list', 'fmt', 'check'].map((command) => ({
      name: `${command}: a temp left by a killed writer is not read`,
      setup: (box: Sandbox) => {
        mkdirSync(join(box.store, 'SEC', '.secdraft-6.18-1-1.tmp'));
        writeFileSync(join(box.store, 'SEC', '.secdraft-6.18-1-1.tmp', 'G.md'), readFileSync(clause(box), 'utf8').replace('version: "6.17"', 'version: "6.18"'));
      },
      argv: (box: Sandbox) => (command === 'check' ? ['check', join(box.store, 'SEC')] : command === 'fmt' ? ['fmt', box.store] : ['list']),
      code: command === 'check' ? 1 : 0,
      then: (_: Sandbox, result: { stdout: string }) => expect(result.stdout).not.toContain('6.18'),
    })),
    { name: 'a usage error is one line', argv: () => ['diff', '--format', 'x', 'a', 'b'], code: 2, line: /^secdraft: Invalid values: Argument: format, Given: "x"/ },
  ]);
});
