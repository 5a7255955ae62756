/**
 * Two or more secdraft commands timed in turn, run after run, so that a busy machine slows each
 * alike: the fair way to say what one input costs over another (the corpus with tables against the
 * same corpus without) on a machine other work shares. CPU time (user + system) and peak RSS come
 * from the process itself, as in the bench (report-rss.mjs); each command gets one untimed warm-up.
 *
 *   npx tsx bench/interleave.ts --runs 20 "check C/without/base/SEC/1.0" "check C/with/base/SEC/1.0"
 *
 * Prints, per command, the median, mean and least CPU and wall seconds, and each median against the
 * first command's; nothing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 10;
const commands = args;
if (commands.length === 0 || !(runs > 0)) {
  process.stderr.write('usage: tsx bench/interleave.ts [--runs N] "<secdraft arguments>" ...\n');
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'secdraft-interleave-'));
const report = join(scratch, 'usage');
const preload = pathToFileURL('bench/report-rss.mjs').href;

/** One run: wall and CPU seconds. Arguments split at spaces (no quoting: paths without spaces). */
function run(command: string): { wall: number; cpu: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', preload, 'bin/secdraft.js', ...command.split(' ').filter(Boolean)], { env: { ...process.env, SECDRAFT_BENCH_RSS: report }, stdio: 'ignore' });
  const wall = (performance.now() - start) / 1000;
  // Exit 1 is "findings" or "differences": a result, not a failure.
  if (result.status === null || result.status > 1) throw new Error(`${command}: exit ${result.status ?? result.signal}`);
  const [, cpuMicros] = readFileSync(report, 'utf8').split(' ').map(Number);
  return { wall, cpu: (cpuMicros as number) / 1e6 };
}

const times = commands.map(() => [] as Array<{ wall: number; cpu: number }>);
const loadBefore = loadavg()[0] ?? 0;
for (let r = 0; r <= runs; r++) {
  commands.forEach((command, c) => {
    const t = run(command);
    if (r > 0) times[c]!.push(t);
  });
}
rmSync(scratch, { recursive: true, force: true });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const first = median(times[0]!.map((t) => t.cpu));
commands.forEach((command, c) => {
  const cpu = times[c]!.map((t) => t.cpu);
  const wall = times[c]!.map((t) => t.wall);
  const change = c === 0 ? '' : ` (${((median(cpu) / first - 1) * 100).toFixed(1)}% CPU against the first)`;
  process.stdout.write(
    `${command}\n  CPU s median ${median(cpu).toFixed(3)} mean ${mean(cpu).toFixed(3)} least ${Math.min(...cpu).toFixed(3)} | wall s median ${median(wall).toFixed(3)} mean ${mean(wall).toFixed(3)} least ${Math.min(...wall).toFixed(3)}${change}\n`,
  );
});
process.stdout.write(`${runs} runs each, interleaved; load average ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after\n`);
