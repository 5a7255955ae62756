/**
 * The hostile-input tables (test/cli/hostile-*.test.ts): each case runs the CLI on a fresh temporary
 * store, checks the exit code and the one-line message, and hashes the store and its parent folder
 * before and after, so that a refusal provably changed nothing (and an accepted case only what it names).
 */
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli, type CliResult } from './run-cli.js';

/** A temporary folder `top` holding the store (`top/store`: clauses/ and the invented lifecycle modifications). */
export interface Sandbox {
  readonly top: string;
  readonly store: string;
}

export interface HostileCase {
  readonly name: string;
  /** Made before the hash is taken. */
  readonly setup?: (box: Sandbox) => void | Promise<void>;
  /** The arguments; `--store <store>` is added unless `store: false`. */
  readonly argv: (box: Sandbox) => string[];
  readonly store?: boolean;
  /** How to run it (default: in-process, as test/cli/run-cli.ts does). */
  readonly run?: (argv: string[], box: Sandbox) => CliResult | Promise<CliResult>;
  readonly code: number;
  /** The one line expected on stderr (exit 2, 3) or stdout (when stderr is silent). */
  readonly line?: RegExp;
  /** Paths under `top` (relative) that this case may change; anything else must hash the same. */
  readonly changes?: readonly string[];
  /** More checks, after. */
  readonly then?: (box: Sandbox, result: CliResult) => void;
}

export function sandbox(): Sandbox {
  const top = mkdtempSync(join(tmpdir(), 'secdraft-hostile-'));
  const store = join(top, 'store');
  cpSync('clauses', store, { recursive: true });
  cpSync('test/fixtures/lifecycle/modifications', join(store, 'SEC', 'modifications'), { recursive: true });
  return { top, store };
}

/** A hash per path under `dir` (contents, mode, link targets), leaving out what `skip` says. */
export function hashTree(dir: string, skip: (relative: string) => boolean = () => false): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (skip(name)) continue;
    const path = join(dir, name);
    const stat = lstatSync(path);
    const content = stat.isSymbolicLink() ? `link:${readlinkSync(path)}` : stat.isDirectory() ? 'folder' : stat.isFile() ? readFileSync(path) : `special:${stat.mode}`;
    hashes.set(name, `${stat.mode}:${createHash('sha256').update(content).digest('hex')}`);
  }
  return hashes;
}

/** One `it` per case. */
export function hostileTable(cases: readonly HostileCase[]): void {
  for (const c of cases) {
    it(c.name, { timeout: 120_000 }, async () => {
      const box = sandbox();
      await c.setup?.(box);
      const allowed = (rel: string) => (c.changes ?? []).some((path) => rel === path || rel.startsWith(`${path}/`));
      const before = hashTree(box.top, allowed);
      const ours = (names: string[]) => names.filter((name) => /(^|\/)\.secdraft/.test(name));
      const oursBefore = ours(readdirSync(box.top, { recursive: true, encoding: 'utf8' }));
      const argv = [...c.argv(box), ...(c.store === false ? [] : ['--store', box.store])];
      const result = await (c.run ? c.run(argv, box) : runCli(...argv));
      expect(result.code, `${result.stderr}${result.stdout}`).toBe(c.code);
      if (c.line) {
        const text = result.stderr !== '' ? result.stderr : result.stdout;
        expect(text.trim().split('\n'), text).toHaveLength(1);
        expect(text.trim()).toMatch(c.line);
      }
      expect(`${result.stderr}${result.stdout}`).not.toMatch(/\n\s+at .*:\d+:\d+\)?$/m);
      expect(hashTree(box.top, allowed)).toEqual(before);
      // No lock and no temp left anywhere (a lock the case set up stays its holder's).
      expect(ours(readdirSync(box.top, { recursive: true, encoding: 'utf8' }))).toEqual(oursBefore);
      c.then?.(box, result);
    });
  }
}
