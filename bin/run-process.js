// The process around the CLI: the only place that touches process.exitCode, stdout and stderr.
// bin/secdraft.js runs it on the esbuild bundle; test/cli/bundle.test.ts on a bundle of its own.

/** Runs `main` (the bundle's export) on this process's arguments and streams; sets the exit code. */
export async function runProcess(main) {
  // A reader that stops early (`secdraft diff a b | head`) is not an error: stop writing, quietly,
  // with the exit code the command gave.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // Standard output itself failed (a full disk, /dev/full): one line and exit 3, not a trace,
    // so that a caller never takes the crash for findings.
    process.stderr.write(`standard output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message} (free some space, or write with --out elsewhere)\n`);
    process.exit(3);
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  });
}
