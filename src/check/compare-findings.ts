/** What a modification does to the code's consistency: the findings it fixes, those it introduces, the rest. */
import type { Finding } from '../model/finding.js';

/** Findings of the base and of the base with the modification, sorted into three. */
export interface FindingsDelta {
  readonly fixed: readonly Finding[];
  readonly introduced: readonly Finding[];
  readonly preExisting: readonly Finding[];
}

/** Matches findings by fingerprint (rule, address, quoted words), so that moved lines do not count as changes. */
export function findingsDelta(before: readonly Finding[], after: readonly Finding[]): FindingsDelta {
  const beforeKeys = new Set(before.map((f) => f.fingerprint));
  const afterKeys = new Set(after.map((f) => f.fingerprint));
  return {
    fixed: before.filter((f) => !afterKeys.has(f.fingerprint)),
    introduced: after.filter((f) => !beforeKeys.has(f.fingerprint)),
    preExisting: after.filter((f) => beforeKeys.has(f.fingerprint)),
  };
}
