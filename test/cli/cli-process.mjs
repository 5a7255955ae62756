// The CLI from src/ (loaded through tsx) in a process of its own, with bin's process glue, for
// tests that need a real process: standard output on /dev/full, another user, a private mount.
import { runProcess } from '../../bin/run-process.js';

const { main } = await import('../../src/cli/main.ts');
await runProcess(main);
