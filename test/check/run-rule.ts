/** Runs one rule over a fixture folder, as the rule tests' one way in. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCheckConfig } from '../../src/check/check-config.js';
import { checkVersion } from '../../src/check/check-version.js';
import { rules } from '../../src/check/rules/index.js';
import { openStore } from '../../src/store/store.js';
import { loadSide } from '../../src/store/load-side.js';

export const FIXTURES = 'test/fixtures/check';

/** The cases of a rule: [kind, name, folder]. */
export function cases(ruleId: string): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const kind of ['invalid', 'valid']) {
    const dir = join(FIXTURES, ruleId, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) out.push([kind, name, join(dir, name)]);
  }
  return out;
}

/** The rule's findings in a folder (with the folder's config.json, if it has one), as { messageId, data, address, severity }. */
export function findings(ruleId: string, folder: string) {
  const version = loadSide(() => openStore('clauses'), folder);
  const rule = rules.filter((r) => r.meta.id === ruleId);
  const configFile = join(folder, 'config.json');
  const config = existsSync(configFile) ? readCheckConfig(JSON.parse(readFileSync(configFile, 'utf8')), configFile) : undefined;
  return checkVersion(version, { rules: rule, ...(config ? { config } : {}) }).map((f) => ({ messageId: f.messageId, severity: f.severity, address: f.address, data: f.data }));
}

/**
 * The standard suite of a rule: each fixture folder's findings match its expected.json; invalid
 * cases find something above info level, valid cases nothing.
 */
export function testRule(ruleId: string): void {
  describe(ruleId, () => {
    for (const [kind, name, folder] of cases(ruleId)) {
      it(`${kind}: ${name}`, async () => {
        const found = findings(ruleId, folder);
        await expect(`${JSON.stringify(found, null, 2)}\n`).toMatchFileSnapshot(join('..', '..', '..', folder, 'expected.json'));
        if (kind === 'invalid') expect(found.filter((f) => f.severity !== 'info').length).toBeGreaterThan(0);
        else expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
      });
    }
  });
}
