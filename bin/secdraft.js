#!/usr/bin/env node
// The only place that sets the process's exit code; everything else returns it.
// The CLI runs from its esbuild bundle (scripts/bundle-cli.ts): one file to load, not some 80 modules.
import { main } from '../dist/cli-bundle/main.js';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
