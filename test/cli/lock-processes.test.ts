/**
 * One writer at a time, in real processes: two `release 6.18` started together, many times. Exactly
 * one writes the release; the other stops with one line (the lock's holder, or, if it came second,
 * that 6.18 now exists), and the version holds the winner's modifications only.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCli, type ProcessRun } from './bundled-cli.js';

const TRIES = 20;
let cli: Awaited<ReturnType<typeof bundledCli>>;
beforeAll(async () => {
  cli = await bundledCli();
}, 60_000);
afterAll(() => cli.remove());

function storeWithFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'secdraft-lock-cli-'));
  cpSync('clauses', join(dir, 'store'), { recursive: true });
  cpSync('test/fixtures/lifecycle/modifications', join(dir, 'store', 'SEC', 'modifications'), { recursive: true });
  return join(dir, 'store');
}

describe('two releases started together', () => {
  it(`one writes, the other stops with one line, ${TRIES} times`, { timeout: 600_000 }, async () => {
    const seen = { locked: 0, exists: 0 };
    for (let i = 0; i < TRIES; i++) {
      const store = storeWithFixtures();
      const release = (mod: string): Promise<ProcessRun> => cli.run(['release', '6.18', mod, '--format', 'md', '--store', store, '--out', join(store, '..', `out-${mod}`)]);
      const runs = await Promise.all([release('MP903'), release('MP905')]);
      const winners = runs.filter((run) => run.code === 0);
      const loser = runs.find((run) => run.code !== 0);
      expect(winners, runs.map((r) => r.stderr).join('|')).toHaveLength(1);
      expect(loser?.code).toBe(2);
      expect(loser?.stderr.trim().split('\n')).toHaveLength(1);
      expect(loser?.stderr).toMatch(/the store is being written by release 6\.18 \(pid \d+ on .*\)|version SEC 6\.18 already exists/);
      if (/being written/.test(loser?.stderr ?? '')) seen.locked++;
      else seen.exists++;
      const winner = runs[0]?.code === 0 ? 'MP903' : 'MP905';
      expect(readFileSync(join(store, 'SEC', '6.18', 'G.md'), 'utf8')).toContain(`modifications: [${winner}]`);
      // No lock, no temp left behind; the loser wrote no redline.
      expect(readdirSync(store).sort()).toEqual(['SEC']);
      expect(readdirSync(join(store, 'SEC')).sort()).toEqual(['6.17', '6.18', 'modifications']);
      expect(readdirSync(join(store, '..')).sort()).toEqual([`out-${winner}`, 'store']);
    }
    // Both ways of losing are right; the figures say how often the two overlapped.
    console.log(`lock-processes: ${seen.locked} of ${TRIES} stopped by the lock, ${seen.exists} found 6.18 written`);
  });
});
