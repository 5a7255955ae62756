import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockStore } from '../../src/store/store-lock.js';

const temp = () => mkdtempSync(join(tmpdir(), 'secdraft-lock-'));

/** A pid that was a process a moment ago and is gone now. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('lockStore', () => {
  it('holds pid, host and time in an exclusive file, and removes it on release', () => {
    const store = temp();
    const unlock = lockStore(store, { command: 'release 6.18', note: () => {} });
    const held = JSON.parse(readFileSync(join(store, LOCK_FILE), 'utf8'));
    expect(held).toMatchObject({ pid: process.pid, host: hostname(), command: 'release 6.18' });
    expect(new Date(held.time).toISOString()).toBe(held.time);
    unlock();
    expect(existsSync(join(store, LOCK_FILE))).toBe(false);
  });

  it('refuses a second writer at once, naming the holder, and leaves its lock', () => {
    const store = temp();
    const unlock = lockStore(store, { command: 'release 6.18', note: () => {} });
    expect(() => lockStore(store, { command: 'apply MP087 --as 6.18', note: () => {} })).toThrow(
      new RegExp(`^the store is being written by release 6\\.18 \\(pid ${process.pid} on ${hostname()}, since .*\\) \\(wait for it to finish and run again; if no such process runs, remove .*\\.secdraft\\.lock\\)$`),
    );
    expect(JSON.parse(readFileSync(join(store, LOCK_FILE), 'utf8')).command).toBe('release 6.18');
    unlock();
  });

  it('takes over the lock of a process that is gone, with a note', () => {
    const store = temp();
    const pid = deadPid();
    writeFileSync(join(store, LOCK_FILE), JSON.stringify({ pid, host: hostname(), time: '2026-01-01T00:00:00.000Z', command: 'release 6.18' }));
    const notes: string[] = [];
    const unlock = lockStore(store, { command: 'release 6.19', note: (line) => notes.push(line) });
    expect(notes).toEqual([`secdraft: took over the lock of release 6.18 (pid ${pid} on ${hostname()}, since 2026-01-01T00:00:00.000Z), which is no longer running`]);
    expect(JSON.parse(readFileSync(join(store, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    unlock();
  });

  it('does not take over a lock held on another host, nor one it cannot read', () => {
    const store = temp();
    writeFileSync(join(store, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: `not-${hostname()}`, time: 't', command: 'release 6.18' }));
    expect(() => lockStore(store, { command: 'x', note: () => {} })).toThrow(/being written by release 6\.18 .* on not-/);
    writeFileSync(join(store, LOCK_FILE), 'garbage');
    expect(() => lockStore(store, { command: 'x', note: () => {} })).toThrow(/its lock file cannot be read/);
  });
});
