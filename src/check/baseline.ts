/**
 * Baselines: findings a team has accepted, so that only new ones fail. Entries are keyed by rule,
 * clause address and a hash of the quoted words (the finding's fingerprint), never by line number.
 */
import type { Finding } from '../model/finding.js';
import { InputError } from '../model/input-error.js';

/** One accepted finding. */
export interface BaselineEntry {
  readonly ruleId: string;
  readonly address: string;
  readonly fingerprint: string;
  /** The message when it was accepted, for the reader. */
  readonly message: string;
}

/** A baseline file's content. */
export interface Baseline {
  readonly version: 1;
  readonly findings: readonly BaselineEntry[];
}

/** The baseline of `findings`, sorted so that the file diffs well. */
export function toBaseline(findings: readonly Finding[]): Baseline {
  return {
    version: 1,
    findings: findings
      .map((f) => ({ ruleId: f.ruleId, address: f.address, fingerprint: f.fingerprint, message: f.message }))
      .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.address.localeCompare(b.address) || a.fingerprint.localeCompare(b.fingerprint)),
  };
}

/** Validates a parsed baseline file. */
export function readBaseline(value: unknown, file: string): Baseline {
  const entries = (value as Baseline | null)?.findings;
  if (!Array.isArray(entries) || entries.some((e) => typeof e?.fingerprint !== 'string')) {
    throw new InputError({ file, line: 1, column: 1 }, 'not a secdraft baseline', 'write one with secdraft check --write-baseline <file>');
  }
  return value as Baseline;
}

/** The findings the baseline does not accept. */
export function newFindings(findings: readonly Finding[], baseline: Baseline): Finding[] {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  return findings.filter((f) => !known.has(f.fingerprint));
}
