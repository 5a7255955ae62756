/** Copies a folder (a store, a fixture) into a fresh temp folder, so that a test may change it. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempCopy(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'secdraft-test-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}
