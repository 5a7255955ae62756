import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';

const root = 'test/fixtures/store';
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'expected-error.txt')));

describe('a modification the store cannot apply is refused with file:line:col', () => {
  for (const name of cases) {
    it(name, () => {
      const store = openStore(join(root, name));
      const [modification] = store.modifications;
      const expected = readFileSync(join(root, name, 'expected-error.txt'), 'utf8').trim();
      expect(() => store.resolve({ mod: modification!.id })).toThrow(expected);
    });
  }
});
