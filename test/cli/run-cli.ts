/** Runs the CLI in-process with captured output, as the tests' one way in. */
import { main } from '../../src/cli/main.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { NO_COLOR: '1' },
    isTTY: false,
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
}
