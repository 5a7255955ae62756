/** What a rule is: metadata first, then one function that reports findings, as eslint rules do. */
import type { Clause, SourcePosition, Version } from '../model/clause-tree.js';
import type { Severity } from '../model/finding.js';
import type { TextUnit } from './text-units.js';
import type { TermIndex } from './term-index.js';

/** A rule's metadata. */
export interface RuleMeta {
  /** The rule id, also its file name: "parallel-qualifier". */
  readonly id: string;
  /** `problem`: likely wrong in law; `suggestion`: drafting style. */
  readonly type: 'problem' | 'suggestion';
  /** One line on what it finds. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Message templates by id; `{{name}}` is filled from the report's data. */
  readonly messages: Readonly<Record<string, string>>;
  /** The options the rule takes in the configuration (`["warning", { name: value }]`), by name. */
  readonly options?: Readonly<Record<string, RuleOption>>;
}

/** One option of a rule: what it holds, and a line for the docs and errors. */
export interface RuleOption {
  readonly type: 'string[]';
  readonly description: string;
}

/** One report from a rule. */
export interface Report {
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  /** The node's address and position. */
  readonly address: string;
  readonly position?: SourcePosition;
  /** Other places the finding is about. */
  readonly related?: ReadonlyArray<{ address: string; position?: SourcePosition; message: string }>;
  /** A severity for this report only (e.g. info for an unresolved external reference). */
  readonly severity?: Severity;
  /** The words the fingerprint hashes (default: the data's values). */
  readonly quote?: string;
}

/** What a rule sees. */
export interface RuleContext {
  readonly version: Version;
  /** Every clause, in document order. */
  readonly clauses: readonly Clause[];
  /** Every run of words with its address and position. */
  readonly units: readonly TextUnit[];
  /** Defined terms, with their uses. */
  readonly terms: TermIndex;
  /** The rule's options from the configuration. */
  readonly options: Readonly<Record<string, unknown>>;
  report(report: Report): void;
}

/** A rule. */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}
