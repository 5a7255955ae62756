import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/model/input-error.js';
import { parseClauseFile } from '../../src/parse/clause-file.js';
import { decodeUtf8 } from '../../src/parse/decode-utf8.js';

const root = 'test/fixtures/parse';
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'expected-error.txt')));

describe('bad input gives one line naming file:line:col and what to do', () => {
  it('has error fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });
  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name);
      const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.md'))!);
      const expected = readFileSync(join(dir, 'expected-error.txt'), 'utf8').trim();
      let message = '';
      try {
        parseClauseFile(decodeUtf8(readFileSync(file), file), file);
      } catch (error) {
        expect(isInputError(error)).toBe(true);
        message = (error as Error).message;
      }
      expect(message).toBe(expected);
      expect(message).not.toContain('\n');
      expect(message).toMatch(/^\S+:\d+:\d+: .+ \(.+\)$/);
    });
  }
});
