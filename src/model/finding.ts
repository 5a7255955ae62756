/** Findings: what the checker reports, plain data shared by the rules and the formatters. */
import type { SourcePosition } from './clause-tree.js';

/** How much a finding matters; `error` fails the check (exit 1). */
export type Severity = 'error' | 'warning' | 'info';

/** Another place a finding is about (the parallel paragraph, say). */
export interface RelatedLocation {
  /** The other node's address: "G3.17(b)". */
  readonly address: string;
  readonly position?: SourcePosition;
  /** What the other place is, in words. */
  readonly message: string;
}

/** One finding of one rule at one node. */
export interface Finding {
  /** The rule's id: "parallel-qualifier". */
  readonly ruleId: string;
  readonly severity: Severity;
  /** The message's id within the rule: tests assert this and `data`, not the wording. */
  readonly messageId: string;
  /** The message, filled in from `data`. */
  readonly message: string;
  /** The values the message was filled in with. */
  readonly data: Readonly<Record<string, string>>;
  /** Address of the node the finding is at: "G3.20(b)". */
  readonly address: string;
  /** Where in the source; absent for a finding about the whole version. */
  readonly position?: SourcePosition;
  readonly related: readonly RelatedLocation[];
  /**
   * A stable key: rule, address and a hash of the quoted words, never a line number, so that edits
   * elsewhere in a file do not change it (baselines and SARIF fingerprints use it).
   */
  readonly fingerprint: string;
}
