/** Runs the rules over a version: severities from the configuration, inline suppressions, stable order. */
import { createHash } from 'node:crypto';
import type { Version } from '../model/clause-tree.js';
import type { Finding, Severity } from '../model/finding.js';
import { clausesOf } from '../model/address.js';
import type { CheckConfig } from './check-config.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { rules as allRules } from './rules/index.js';
import { indexTerms } from './term-index.js';
import { textUnits } from './text-units.js';

/** Options of checkVersion. */
export interface CheckVersionOptions {
  readonly config?: CheckConfig;
  /** Rules to run (default: all). */
  readonly rules?: readonly Rule[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const DISABLE = /^secdraft-disable-next-line\s+([\w\-,\s]+?)(?:\s+--\s+.*)?$/;

function fill(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? '');
}

/** A short stable hash: rule, address and the quoted words, never a line number. */
export function fingerprintOf(ruleId: string, address: string, quote: string): string {
  return createHash('sha256').update(`${ruleId}\n${address}\n${quote}`).digest('hex').slice(0, 16);
}

/** Compares findings for a deterministic order: file, line, column, rule, message. */
export function compareFindings(a: Finding, b: Finding): number {
  const fa = a.position?.file ?? '';
  const fb = b.position?.file ?? '';
  return fa.localeCompare(fb) || (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0) || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

/** Checks `version` and returns its findings, sorted. */
export function checkVersion(version: Version, options: CheckVersionOptions = {}): Finding[] {
  const units = textUnits(version);
  const terms = indexTerms(units);
  const clauses = [...clausesOf(version)];
  const suppressed = new Map<string, Set<string>>();
  for (const unit of units) {
    for (const comment of unit.comments) {
      const match = DISABLE.exec(comment);
      if (!match) continue;
      const ids = (match[1] as string).split(/[\s,]+/).filter(Boolean);
      suppressed.set(unit.address, new Set([...(suppressed.get(unit.address) ?? []), ...ids]));
    }
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of options.rules ?? allRules) {
    const setting = options.config?.rules?.[rule.meta.id];
    const level = (Array.isArray(setting) ? setting[0] : setting) ?? rule.meta.defaultSeverity;
    if (level === 'off') continue;
    const ruleOptions = Array.isArray(setting) ? setting[1] : {};
    const context: RuleContext = {
      version,
      clauses,
      units,
      terms,
      options: ruleOptions,
      report(report: Report) {
        if (suppressed.get(report.address)?.has(rule.meta.id)) return;
        const quote = report.quote ?? Object.values(report.data).join('|');
        const fingerprint = fingerprintOf(rule.meta.id, report.address, quote);
        if (seen.has(fingerprint)) return;
        seen.add(fingerprint);
        // A report's own severity (info for what cannot be judged) is capped by the configured level.
        const severity = report.severity && RANK[report.severity] > RANK[level as Severity] ? report.severity : (level as Severity);
        findings.push({
          ruleId: rule.meta.id,
          severity,
          messageId: report.messageId,
          message: fill(rule.meta.messages[report.messageId] ?? report.messageId, report.data),
          data: report.data,
          address: report.address,
          ...(report.position ? { position: report.position } : {}),
          related: report.related ?? [],
          fingerprint,
        });
      },
    };
    rule.check(context);
  }
  return findings.sort(compareFindings);
}
