/**
 * Hostile cases that need a real process: a store on a read-only mount, or on a full one. The mount
 * lives in a private mount namespace (`unshare -m`), gone with the process; where that is not
 * allowed, the cases are skipped and say why.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliResult } from './run-cli.js';

const PROCESS = resolve('test/cli/cli-process.mjs');

/** Runs the CLI from src/ in a process, after `mount` (a shell script using $D) ran on `folder` in a private namespace. */
export function inMountedProcess(mount: string, folder: string, argv: readonly string[]): CliResult {
  const run = spawnSync('unshare', ['-m', 'sh', '-c', `D="$0"; ${mount} && exec "$@"`, folder, process.execPath, '--import', 'tsx', PROCESS, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status ?? -1, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}

/** True when this machine lets a test mount in a private namespace (root, or CAP_SYS_ADMIN). */
export const canMount: boolean = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'secdraft-probe-'));
  return spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=16k none "$0"', probe], { stdio: 'ignore' }).status === 0;
})();
