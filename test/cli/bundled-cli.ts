/**
 * The CLI as real processes, started fast: tests that run it many times (two writers at once) build
 * its esbuild bundle from src/ once, as test/cli/bundle.test.ts does, and start node on that
 * (about 0.2 s a process here, against 2 s or more through tsx on a loaded machine).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleCli } from '../../scripts/bundle-cli.js';

export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Builds a bundle (inside the project, so that its run-time require() finds node_modules); returns how to run it (and the `node -e` script that does), and how to remove it. */
export async function bundledCli(): Promise<{ run: (argv: readonly string[]) => Promise<ProcessRun>; remove: () => void; launcher: string }> {
  mkdirSync('node_modules/.cache', { recursive: true });
  const bundle = mkdtempSync(join('node_modules/.cache', 'secdraft-bundle-'));
  await bundleCli(bundle);
  const launcher = `const { main } = await import(${JSON.stringify(pathToFileURL(resolve(bundle, 'main.js')).href)});
const { runProcess } = await import(${JSON.stringify(pathToFileURL(resolve('bin/run-process.js')).href)});
process.argv.splice(1, 0, 'bin/secdraft.js');
await runProcess(main);`;
  const run = (argv: readonly string[]) =>
    new Promise<ProcessRun>((done) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', launcher, '--', ...argv], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
  return { run, launcher, remove: () => rmSync(bundle, { recursive: true, force: true }) };
}
