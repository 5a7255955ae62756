/** The one error type for bad input: it always knows where the problem is and what to do about it. */
import type { SourcePosition } from './clause-tree.js';

/**
 * Bad input (a clause file, a modification, a command-line argument) that secdraft refuses.
 * The message is one line: `file:line:col: what is wrong (what to do)`.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** Where the problem is; absent for input that has no file (a command-line argument). */
  readonly position: SourcePosition | undefined;
  /** What is wrong. */
  readonly problem: string;
  /** What to do about it. */
  readonly hint: string;

  constructor(position: SourcePosition | undefined, problem: string, hint: string) {
    super(
      `${position ? `${position.file}:${position.line}:${position.column}: ` : ''}${problem} (${hint})`,
    );
    this.position = position;
    this.problem = problem;
    this.hint = hint;
  }
}

/** True for an InputError, including one thrown by another copy of this module. */
export function isInputError(error: unknown): error is InputError {
  return error instanceof Error && error.name === 'InputError';
}
