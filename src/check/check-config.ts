/** The checker's configuration (secdraft.config.json): rule severities and options. */
import type { Severity } from '../model/finding.js';
import type { SourcePosition } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import type { Rule } from './rule.js';
import { rules } from './rules/index.js';

/** A rule's setting: a severity, "off", or [severity, options]. */
export type RuleSetting = Severity | 'off' | [Severity | 'off', Record<string, unknown>];

/** The configuration. */
export interface CheckConfig {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

const LEVELS = ['off', 'info', 'warning', 'error'];

/** Validates a parsed configuration object; `file` names it in errors. */
export function readCheckConfig(value: unknown, file: string): CheckConfig {
  const at = { file, line: 1, column: 1 };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(at, 'the configuration is not a JSON object', 'write { "rules": { "rule-id": "error" } }');
  }
  const { rules: settings, ...rest } = value as Record<string, unknown>;
  const unknownKey = Object.keys(rest)[0];
  if (unknownKey) throw new InputError(at, `unknown configuration key '${unknownKey}'`, 'the configuration holds only "rules"');
  if (settings === undefined) return {};
  if (typeof settings !== 'object' || settings === null) throw new InputError(at, '"rules" is not an object', 'write "rules": { "rule-id": "error" }');
  for (const [id, setting] of Object.entries(settings)) {
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule) throw new InputError(at, `unknown rule '${id}'`, `rules are ${rules.map((r) => r.meta.id).join(', ')}`);
    const level = Array.isArray(setting) ? setting[0] : setting;
    if (!LEVELS.includes(level as string) || (Array.isArray(setting) && (setting.length !== 2 || typeof setting[1] !== 'object' || setting[1] === null || Array.isArray(setting[1])))) {
      throw new InputError(at, `rule '${id}' has setting ${JSON.stringify(setting)}`, 'use "off", "info", "warning", "error", or [level, { options }]');
    }
    if (Array.isArray(setting)) readOptions(rule, setting[1] as Record<string, unknown>, at);
  }
  return { rules: settings as Record<string, RuleSetting> };
}

/** Refuses options a rule does not take, or of the wrong kind, naming the ones it does take. */
function readOptions(rule: Rule, options: Record<string, unknown>, at: SourcePosition): void {
  const known = rule.meta.options ?? {};
  const names = Object.keys(known);
  for (const [name, value] of Object.entries(options)) {
    const option = known[name];
    if (!option) {
      throw new InputError(at, `rule '${rule.meta.id}' has no option '${name}'`, names.length > 0 ? `its options are ${names.join(', ')}` : 'it takes no options: give its level alone');
    }
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      throw new InputError(at, `rule '${rule.meta.id}' option '${name}' is ${JSON.stringify(value)}`, `give a list of strings: ${option.description}`);
    }
  }
}
