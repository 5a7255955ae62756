#!/usr/bin/env node
// The CLI runs from its esbuild bundle (scripts/bundle-cli.ts): one file to load, not some 80 modules.
import { main } from '../dist/cli-bundle/main.js';
import { runProcess } from './run-process.js';

await runProcess(main);
