/** Runs one rule over a fixture folder, as the rule tests' one way in. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** The rule's findings in a folder, as { messageId, data, address, severity }. */
export function findings(ruleId: string, folder: string) {
  const version = loadSide(() => openStore('clauses'), folder);
  const rule = rules.filter((r) => r.meta.id === ruleId);
  return checkVersion(version, { rules: rule }).map((f) => ({ messageId: f.messageId, severity: f.severity, address: f.address, data: f.data }));
}
