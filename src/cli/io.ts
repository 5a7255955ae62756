/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Environment variables (NO_COLOR, say). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when standard output is a terminal (colour, progress). */
  readonly isTTY: boolean;
  /** True when standard error is a terminal (progress). */
  readonly stderrIsTTY: boolean;
}

/** Exit codes: 0 ok, 1 findings or differences, 2 bad input or usage, 3 the system failed (I/O, memory). */
export const EXIT = { ok: 0, findings: 1, badInput: 2, system: 3 } as const;
