import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cases, findings } from '../run-rule.js';

describe('defined-term', () => {
  for (const [kind, name, folder] of cases('defined-term')) {
    it(`${kind}: ${name}`, async () => {
      const found = findings('defined-term', folder);
      await expect(`${JSON.stringify(found, null, 2)}\n`).toMatchFileSnapshot(join('..', '..', '..', folder, 'expected.json'));
      if (kind === 'invalid') expect(found.filter((f) => f.severity !== 'info').length).toBeGreaterThan(0);
      else expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
    });
  }
});
