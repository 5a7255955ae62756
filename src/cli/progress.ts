/** Progress for long commands: one overwritten line on standard error when it is a terminal, nothing when piped. */
import type { Io } from './io.js';

/** A reporter: call it with each step, and with no argument when done. */
export type Progress = (step?: string) => void;

export function progress(io: Io): Progress {
  if (!io.stderrIsTTY) return () => {};
  let shown = false;
  return (step) => {
    if (step === undefined) {
      if (shown) io.stderr('\r\x1b[K');
      shown = false;
      return;
    }
    io.stderr(`\r\x1b[K${step}…`);
    shown = true;
  };
}
