/** Finds the Debian tools the consumer tests drive; `.ci/run` installs them when missing. */
import { execFileSync } from 'node:child_process';

/** True when `command` is on the PATH. */
export function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
