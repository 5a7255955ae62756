/**
 * Turns what went wrong outside the input (the file system, memory, a bug) into one line and an exit
 * code, so that CI never takes a crash for a finding (exit 1) and a user never reads a stack trace.
 */
import { EXIT } from './io.js';
import { isSystemFailure } from './system-failure.js';

/** One line for the user and the exit code that goes with it. */
export interface Failure {
  readonly line: string;
  readonly code: number;
}

/** What each errno means to someone running secdraft, and what to do about it. */
const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied (check the permissions, or write somewhere else with --out)',
  EPERM: 'operation not permitted (check the permissions, or write somewhere else with --out)',
  EROFS: 'read-only file system (write somewhere else with --out)',
  ENOSPC: 'no space left on the device (free some space and run again)',
  EDQUOT: 'disk quota exceeded (free some space and run again)',
  EFBIG: 'file too large for the file system (write somewhere else with --out)',
  EISDIR: 'is a folder, where a file was expected (name a file, or end --out with / to mean a folder)',
  ENOTDIR: 'is a file, or has one in its path, where a folder is needed (check the path, or choose another --out)',
  EEXIST: 'already exists (remove it, or choose another name)',
  ENOENT: 'no such file or folder (check the path)',
  ENOTEMPTY: 'folder is not empty (remove it, or choose another name)',
  ENAMETOOLONG: 'name too long (choose a shorter path)',
  ELOOP: 'too many symbolic links (check the path)',
  EMFILE: 'too many open files (close some programs, or raise the limit with ulimit -n)',
  ENFILE: 'too many open files on the system (try again later)',
  EBUSY: 'busy (close what is using it and run again)',
  EIO: 'input/output error (check the disk)',
  EXDEV: 'cannot move across file systems (write under the same folder)',
  EINVAL: 'invalid argument for the file system (check the path)',
  ENOMEM: 'out of memory (close other programs, or split the input)',
};

interface SystemError {
  readonly code: string;
  readonly path?: string;
  readonly dest?: string;
  readonly syscall?: string;
  readonly message: string;
}

function isSystemError(error: unknown): error is SystemError {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** Memory and stack exhaustion as V8 reports them (no errno). */
function isResourceError(error: unknown): boolean {
  return (
    error instanceof RangeError &&
    /Maximum call stack size exceeded|Invalid string length|Invalid array length|Array buffer allocation failed/.test(error.message)
  );
}

/**
 * The one line and exit code for an error that reached the command boundary and is not bad input:
 * a system error names its path (`path: what happened (what to do)`), exit 3; anything else is
 * secdraft's own fault, also exit 3 (`SECDRAFT_DEBUG=1` shows the trace).
 */
export function describeFailure(error: unknown): Failure {
  // A tool secdraft runs (LibreOffice) failed: its own one line.
  if (isSystemFailure(error)) return { line: `secdraft: ${error.message}`, code: EXIT.system };
  if (isSystemError(error)) {
    // mkdir's EEXIST means a file stands where a folder is needed; it is not a name clash.
    const code = error.code === 'EEXIST' && error.syscall === 'mkdir' ? 'ENOTDIR' : error.code;
    const what = SYSTEM_ERRORS[code] ?? `${error.code} from ${error.syscall ?? 'the system'} (run again; if it persists, check the disk)`;
    const where = error.path ?? error.dest ?? 'secdraft';
    return { line: `${where}: ${what}`, code: EXIT.system };
  }
  if (isResourceError(error)) {
    return {
      line: `secdraft: ran out of resources (${(error as Error).message}); the input may be too large (split it, or run with more memory)`,
      code: EXIT.system,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    line: `secdraft: internal error: ${firstLine(message)} (please report it; SECDRAFT_DEBUG=1 prints the trace)`,
    code: EXIT.system,
  };
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
