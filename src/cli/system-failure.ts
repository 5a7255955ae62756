/** A failure of the machine, not of the input (a converter that crashed or timed out): exit 3, one line. */
export class SystemFailure extends Error {
  override readonly name = 'SystemFailure';
}

/** True for a SystemFailure, including one thrown by another copy of this module. */
export function isSystemFailure(error: unknown): error is SystemFailure {
  return error instanceof Error && error.name === 'SystemFailure';
}
