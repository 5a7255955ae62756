#!/usr/bin/env node
// The CLI runs from its esbuild bundle (scripts/bundle-cli.ts): one file to load, not some 80 modules.
import { runProcess } from './run-process.js';

let main;
try {
  ({ main } = await import('../dist/cli-bundle/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.url ?? '').endsWith('/dist/cli-bundle/main.js')) throw error;
  process.stderr.write('secdraft: not built yet (run npm ci, or npm run build, in the project folder)\n');
  process.exit(2);
}
await runProcess(main);
