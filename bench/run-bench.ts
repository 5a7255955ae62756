/**
 * `npm run bench`: wall time and peak RSS of whole secdraft processes on synthetic corpora at scales
 * 1, 2 and 4, beside `git diff --no-index --word-diff` on the same folders. Prints a table and writes
 * bench/results.json. Timings are the median of three runs after
 * one warm-up run; nothing here asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './generate-corpus.js';

const SCALES = (process.env.BENCH_SCALES ?? '1,2,4').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CORPUS = 'bench/.corpus';
const RSS_PRELOAD = pathToFileURL('bench/report-rss.mjs').href;

interface Measure {
  readonly scale: number;
  readonly stage: string;
  readonly seconds: number;
  readonly peakRssMB: number | null;
}

/** Targets at scale 1, from the scale issue. */
const TARGETS: Record<string, { seconds?: number; gitFactor?: number }> = {
  check: { seconds: 1.0 },
  'diff md': { seconds: 1.0, gitFactor: 10 },
  'diff docx': { seconds: 3.0 },
};
const RSS_TARGET_MB = 300;
const GROWTH_TARGET = 4.5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function secdraft(args: string[]): { seconds: number; rss: number } {
  const rssFile = join(tmpdir(), `secdraft-bench-rss-${process.pid}`);
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', RSS_PRELOAD, 'bin/secdraft.js', ...args], { env: { ...process.env, SECDRAFT_BENCH_RSS: rssFile, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`secdraft ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(rssFile, { force: true });
  return { seconds, rss };
}

function git(base: string, amended: string): { seconds: number; rss: number | null } {
  // /usr/bin/time gives git's peak RSS where it is installed; wall time either way.
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  const result = spawnSync(timed ? '/usr/bin/time' : 'git', [...(timed ? ['-f', '%M', 'git'] : []), 'diff', '--no-index', '--word-diff', base, amended], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  const rss = timed ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : null;
  return { seconds, rss };
}

function measure(scale: number, stage: string, run: () => { seconds: number; rss: number | null }): Measure {
  run(); // one warm-up run (file cache, CPU clock), not counted
  const runs = Array.from({ length: RUNS }, run);
  const rss = runs.map((r) => r.rss).filter((r): r is number => r !== null);
  const m = { scale, stage, seconds: Number(median(runs.map((r) => r.seconds)).toFixed(3)), peakRssMB: rss.length ? Number(Math.max(...rss).toFixed(1)) : null };
  process.stderr.write(`  ${stage.padEnd(12)} ${m.seconds.toFixed(3)} s  ${m.peakRssMB ?? '-'} MB\n`);
  return m;
}

const results: Measure[] = [];
for (const scale of SCALES) {
  const dir = join(CORPUS, `scale-${scale}`);
  generateCorpus(dir, { scale });
  const base = join(dir, 'base');
  const amended = join(dir, 'amended');
  const out = mkdtempSync(join(tmpdir(), 'secdraft-bench-'));
  process.stderr.write(`scale ${scale}\n`);
  results.push(measure(scale, 'parse', () => secdraft(['fmt', base])));
  results.push(measure(scale, 'check', () => secdraft(['check', base])));
  results.push(measure(scale, 'diff md', () => secdraft(['diff', base, amended, '--format', 'md', '--out', join(out, 'diff.md')])));
  results.push(measure(scale, 'diff html', () => secdraft(['diff', base, amended, '--format', 'html', '--out', join(out, 'diff.html')])));
  results.push(measure(scale, 'diff docx', () => secdraft(['diff', base, amended, '--format', 'docx', '--out', out])));
  results.push(measure(scale, 'git word-diff', () => git(base, amended)));
  rmSync(out, { recursive: true, force: true });
}

const at = (scale: number, stage: string) => results.find((r) => r.scale === scale && r.stage === stage);
const checks: Array<{ target: string; value: string; pass: boolean }> = [];
const git1 = at(1, 'git word-diff');
for (const [stage, target] of Object.entries(TARGETS)) {
  const m = at(1, stage);
  if (!m) continue;
  if (target.seconds !== undefined) checks.push({ target: `${stage} <= ${target.seconds} s at scale 1`, value: `${m.seconds} s`, pass: m.seconds <= target.seconds });
  if (target.gitFactor !== undefined && git1) checks.push({ target: `${stage} <= ${target.gitFactor}x git word-diff`, value: `${(m.seconds / git1.seconds).toFixed(1)}x`, pass: m.seconds <= target.gitFactor * git1.seconds });
}
const peak = Math.max(...results.filter((r) => r.scale === 1 && r.stage !== 'git word-diff').map((r) => r.peakRssMB ?? 0));
checks.push({ target: `peak RSS <= ${RSS_TARGET_MB} MB at scale 1`, value: `${peak} MB`, pass: peak <= RSS_TARGET_MB });
const top = Math.max(...SCALES);
if (SCALES.includes(1) && top > 1) {
  for (const stage of ['parse', 'check', 'diff md', 'diff html', 'diff docx']) {
    const ratio = (at(top, stage)?.seconds ?? 0) / (at(1, stage)?.seconds ?? 1);
    checks.push({ target: `${stage}: scale ${top} <= ${GROWTH_TARGET * (top / 4)}x scale 1`, value: `${ratio.toFixed(2)}x`, pass: ratio <= GROWTH_TARGET * (top / 4) });
  }
}

const table = [
  `| stage | ${SCALES.map((s) => `scale ${s} (s / MB)`).join(' | ')} |`,
  `| --- | ${SCALES.map(() => '---').join(' | ')} |`,
  ...[...new Set(results.map((r) => r.stage))].map((stage) => `| ${stage} | ${SCALES.map((s) => { const m = at(s, stage); return m ? `${m.seconds.toFixed(2)} / ${m.peakRssMB ?? '-'}` : '-'; }).join(' | ')} |`),
].join('\n');
const verdicts = checks.map((c) => `- ${c.pass ? 'met' : 'MISSED'}: ${c.target} (${c.value})`).join('\n');
console.log(`Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n\n${table}\n\n${verdicts}`);
writeFileSync('bench/results.json', `${JSON.stringify({ node: process.version, cores: cpus().length, runs: RUNS, results, checks }, null, 2)}\n`);
