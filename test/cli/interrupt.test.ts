/**
 * Ctrl-C at any moment leaves no partial file and no temp: annex md+html+docx in real processes,
 * interrupted after delays spread over its run. Each output present is byte for byte the one an
 * uninterrupted run writes; no `.secdraft-` temp is left.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCli } from './bundled-cli.js';

let cli: Awaited<ReturnType<typeof bundledCli>>;
beforeAll(async () => {
  cli = await bundledCli();
}, 60_000);
afterAll(() => cli.remove());

/** Starts the annex and sends SIGINT after `delay` ms; resolves when the process is gone. */
function interrupted(out: string, delay: number): Promise<number | string | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', cli.launcher, '--', 'annex', 'MP087', '--out', out], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGINT'), delay);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done(signal ?? code);
    });
  });
}

describe('SIGINT', () => {
  it('never leaves a partial output or a temp', { timeout: 300_000 }, async () => {
    const reference = mkdtempSync(join(tmpdir(), 'secdraft-sigint-ref-'));
    const started = performance.now();
    expect((await cli.run(['annex', 'MP087', '--out', reference])).code).toBe(0);
    // Delays spread over 1.2 times an uninterrupted run here, so that some land while it writes.
    const whole = performance.now() - started;
    const expected = Object.fromEntries(readdirSync(reference).map((name) => [name, readFileSync(join(reference, name))]));
    const endings = new Map<string, number>();
    for (let i = 1; i <= 20; i++) {
      const delay = Math.round((whole * 1.2 * i) / 20);
      const out = mkdtempSync(join(tmpdir(), 'secdraft-sigint-'));
      const ending = String(await interrupted(out, delay));
      endings.set(ending, (endings.get(ending) ?? 0) + 1);
      for (const name of readdirSync(out)) {
        expect(name).not.toMatch(/^\.secdraft-/);
        expect(readFileSync(join(out, name)).equals(expected[name] as Buffer), `${name} after ${delay} ms`).toBe(true);
      }
    }
    // The figures: how many runs the signal ended, and how many had finished first.
    console.log(`sigint: a whole run ${Math.round(whole)} ms; endings ${JSON.stringify(Object.fromEntries(endings))}`);
  });
});
