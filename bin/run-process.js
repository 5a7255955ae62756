// The process around the CLI: the only place that touches process.exitCode, stdout and stderr.
// bin/secdraft.js runs it on the esbuild bundle; test/cli/bundle.test.ts on a bundle of its own.

/** Runs `main` (the bundle's export) on this process's arguments and streams; sets the exit code. */
export async function runProcess(main) {
  // A reader that stops early (`secdraft diff a b | head`) is not an error: stop writing, quietly,
  // with the exit code the command gave.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  });
}
