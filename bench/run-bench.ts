/**
 * `npm run bench`: wall time and peak RSS of whole secdraft processes on synthetic corpora at scales
 * 1, 2 and 4, beside `git diff --no-index --word-diff` on the same folders. Prints a table and writes
 * bench/results.json. Timings are the median of three runs after
 * one warm-up run (PDF stages, at the smallest scale only: one run after the warm-up, BENCH_PDF_RUNS to
 * change); nothing here asserts a time. "libreoffice alone" times soffice converting the
 * published Word files itself, so that publish → PDF splits into secdraft's part and LibreOffice's. A command this build lacks, or one that fails, is
 * recorded as such (seconds null) instead of ending the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './generate-corpus.js';
import { writeImportInputs } from './import-inputs.js';
import { oneBigClause, oneLongList, oneLongTable } from './size-cases.js';

const SCALES = (process.env.BENCH_SCALES ?? '1,2,4').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 1);
// BENCH_TABLES=0: the corpus without its tables (otherwise the same words), to measure what tables cost.
const TABLES = process.env.BENCH_TABLES !== '0';
const CORPUS = 'bench/.corpus';
const RSS_PRELOAD = pathToFileURL('bench/report-rss.mjs').href;

interface Measure {
  readonly scale: number;
  readonly stage: string;
  /** Median wall time, or null when the stage could not run. */
  readonly seconds: number | null;
  readonly peakRssMB: number | null;
  /** Median CPU time (user + system) of the process: steadier than wall time on a busy machine. */
  readonly cpuSeconds: number | null;
  /** "ok", "not available" (the CLI has no such command) or "failed (exit N): first line of stderr". */
  readonly status: string;
}

/** Thrown by a run that cannot be timed; the stage is recorded with this status. */
class StageError extends Error {}

const available = new Map<string, boolean>();
/** Whether this build of the CLI has a command: `<command> --help` exits 0 only for a known command. */
function hasCommand(command: string): boolean {
  if (!available.has(command)) available.set(command, spawnSync(process.execPath, ['bin/secdraft.js', command, '--help'], { stdio: 'ignore' }).status === 0);
  return available.get(command) as boolean;
}

/** Targets at scale 1, from the scale issue. */
const TARGETS: Record<string, { seconds?: number; gitFactor?: number }> = {
  check: { seconds: 1.0 },
  'diff md': { seconds: 1.0, gitFactor: 10 },
  'diff docx': { seconds: 3.0 },
  'publish docx': { seconds: 3.0 },
  'publish pdf': { seconds: 15.0 },
  'import docx': { seconds: 3.0 },
  'import-redline': { seconds: 1.0 },
};
const RSS_TARGET_MB = 300;
const GROWTH_TARGET = 4.5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

interface Run {
  readonly seconds: number;
  readonly rss: number | null;
  readonly cpu: number | null;
}

function secdraft(args: string[]): Run {
  const rssFile = join(tmpdir(), `secdraft-bench-rss-${process.pid}`);
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', RSS_PRELOAD, 'bin/secdraft.js', ...args], { env: { ...process.env, SECDRAFT_BENCH_RSS: rssFile, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new StageError(`failed (exit ${result.status}): ${String(result.stderr).trim().split('\n')[0] ?? ''}`);
  const [rssKB, cpuMicros] = readFileSync(rssFile, 'utf8').split(' ').map(Number) as [number, number];
  rmSync(rssFile, { force: true });
  return { seconds, rss: rssKB / 1024, cpu: cpuMicros / 1e6 };
}

function git(base: string, amended: string): Run {
  // /usr/bin/time gives git's peak RSS where it is installed; wall time either way.
  const timed = existsSync('/usr/bin/time');
  // (git prints its own word diff to stdout; /usr/bin/time's line is the last on stderr.)
  const start = performance.now();
  const result = spawnSync(timed ? '/usr/bin/time' : 'git', [...(timed ? ['-f', '%M %U %S', 'git'] : []), 'diff', '--no-index', '--word-diff', base, amended], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  const [rssKB, user, system] = timed ? (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number) : [];
  return { seconds, rss: rssKB === undefined ? null : rssKB / 1024, cpu: user === undefined || system === undefined ? null : user + system };
}

/** soffice converting `files` to PDF, as secdraft runs it (fresh private profile); wall time only. */
function soffice(files: string[], outDir: string): Run {
  const profile = mkdtempSync(join(tmpdir(), 'secdraft-bench-lo-'));
  const start = performance.now();
  const result = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outDir, ...files], { stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  rmSync(profile, { recursive: true, force: true });
  if (result.status !== 0) throw new StageError(`failed (exit ${result.status})`);
  return { seconds, rss: null, cpu: null };
}

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0;

function measure(scale: number, stage: string, command: string | null, run: () => Run, runs = RUNS): Measure {
  let m: Measure;
  if (command !== null && !hasCommand(command)) m = { scale, stage, seconds: null, peakRssMB: null, cpuSeconds: null, status: 'not available' };
  else {
    try {
      run(); // one warm-up run (file cache, CPU clock), not counted
      const timed = Array.from({ length: runs }, run);
      const rss = timed.map((r) => r.rss).filter((r): r is number => r !== null);
      m = { scale, stage, seconds: Number(median(timed.map((r) => r.seconds)).toFixed(3)), peakRssMB: rss.length ? Number(Math.max(...rss).toFixed(1)) : null, cpuSeconds: timed.every((r) => r.cpu !== null) ? Number(median(timed.map((r) => r.cpu as number)).toFixed(3)) : null, status: 'ok' };
    } catch (error) {
      if (!(error instanceof StageError)) throw error;
      m = { scale, stage, seconds: null, peakRssMB: null, cpuSeconds: null, status: error.message };
    }
  }
  process.stderr.write(`  ${stage.padEnd(17)} ${m.seconds === null ? m.status : `${m.seconds.toFixed(3)} s  ${m.cpuSeconds ?? '-'} s CPU  ${m.peakRssMB ?? '-'} MB`}\n`);
  return m;
}

// Wall times mean little on a machine that is busy with something else: say so in the output.
const loadBefore = loadavg()[0] ?? 0;
if (loadBefore > 0.5) process.stderr.write(`warning: load average ${loadBefore.toFixed(2)} before the run; wall times will be inflated, CPU times less so\n`);
const results: Measure[] = [];
for (const scale of SCALES) {
  const dir = join(CORPUS, `scale-${scale}${TABLES ? '' : '-without-tables'}`);
  generateCorpus(dir, { scale, tables: TABLES });
  const base = join(dir, 'base');
  const amended = join(dir, 'amended');
  const out = mkdtempSync(join(tmpdir(), 'secdraft-bench-'));
  process.stderr.write(`scale ${scale}\n`);
  results.push(measure(scale, 'parse', 'fmt', () => secdraft(['fmt', base])));
  results.push(measure(scale, 'check', 'check', () => secdraft(['check', base])));
  results.push(measure(scale, 'diff md', 'diff', () => secdraft(['diff', base, amended, '--format', 'md', '--out', join(out, 'diff.md'), '--force'])));
  results.push(measure(scale, 'diff html', 'diff', () => secdraft(['diff', base, amended, '--format', 'html', '--out', join(out, 'diff.html'), '--force'])));
  results.push(measure(scale, 'diff docx', 'diff', () => secdraft(['diff', base, amended, '--format', 'docx', '--out', out, '--force'])));
  // The synthetic corpus states no classification: a publisher would give one.
  const publish = (format: string) => secdraft(['publish', base, '--format', format, '--classification', 'White', '--out', join(out, `publish-${format}`), '--force']);
  results.push(measure(scale, 'publish docx', 'publish', () => publish('docx')));
  // PDF at the smallest scale only (1 by default): LibreOffice's time is most of it.
  if (scale === Math.min(...SCALES)) {
    if (!hasSoffice) results.push({ scale, stage: 'publish pdf', seconds: null, peakRssMB: null, cpuSeconds: null, status: 'not available (no soffice)' });
    else {
      results.push(measure(scale, 'publish pdf', 'publish', () => publish('pdf'), PDF_RUNS));
      const docx = readdirSync(join(out, 'publish-docx')).map((f) => join(out, 'publish-docx', f));
      results.push(measure(scale, 'libreoffice alone', null, () => soffice(docx, join(out, 'lo')), PDF_RUNS));
    }
  }
  results.push(measure(scale, 'git word-diff', null, () => git(base, amended)));
  // Import: the base corpus written to Word with automatic numbering, and a 50-clause Annex A.
  const inputs = await writeImportInputs(base, amended, out);
  results.push(measure(scale, 'import docx', 'import', () => secdraft(['import', inputs.sections, '--version', '1.0', '--out', join(out, 'imported'), '--replace'])));
  results.push(measure(scale, 'import-redline', 'import-redline', () => secdraft(['import-redline', inputs.annex, '--store', base, '--base', '1.0', '--id', 'MP999', '--out', join(out, 'MP999.md'), '--replace'])));
  rmSync(out, { recursive: true, force: true });
}

// The size cliffs (bench/size-cases.ts): one clause of 5 MB, one list of 10,000 items and one table
// of 10,000 rows (most rewritten), as two files each, recorded as scale 0 (no target; the figures
// show that none falls off a cliff).
if (process.env.BENCH_SIZE !== '0') {
  const out = mkdtempSync(join(tmpdir(), 'secdraft-bench-'));
  process.stderr.write('size cases\n');
  for (const [name, [baseText, amendedText]] of [['5 MB clause', oneBigClause()], ['10,000 items', oneLongList()], ['10,000-row table', oneLongTable()]] as const) {
    const dir = join(CORPUS, 'size', name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    const [base, amended] = [join(dir, 'base.md'), join(dir, 'amended.md')];
    writeFileSync(base, baseText);
    writeFileSync(amended, amendedText);
    results.push(measure(0, `${name}: check`, 'check', () => secdraft(['check', amended])));
    results.push(measure(0, `${name}: diff md`, 'diff', () => secdraft(['diff', base, amended, '--format', 'md', '--out', join(out, 'diff.md'), '--force'])));
    results.push(measure(0, `${name}: diff docx`, 'diff', () => secdraft(['diff', base, amended, '--format', 'docx', '--out', out, '--force'])));
  }
  rmSync(out, { recursive: true, force: true });
}

/** A timed measure of a stage at a scale, or undefined where it did not run. */
const at = (scale: number, stage: string) => results.find((r): r is Measure & { seconds: number } => r.scale === scale && r.stage === stage && r.seconds !== null);
const checks: Array<{ target: string; value: string; pass: boolean }> = [];
const git1 = at(1, 'git word-diff');
for (const [stage, target] of Object.entries(TARGETS)) {
  const m = at(1, stage);
  if (!m) continue;
  if (target.seconds !== undefined) checks.push({ target: `${stage} <= ${target.seconds} s at scale 1`, value: `${m.seconds} s`, pass: m.seconds <= target.seconds });
  if (target.gitFactor !== undefined && git1) checks.push({ target: `${stage} <= ${target.gitFactor}x git word-diff`, value: `${(m.seconds / git1.seconds).toFixed(1)}x`, pass: m.seconds <= target.gitFactor * git1.seconds });
}
const peak = Math.max(0, ...results.filter((r) => r.scale === 1 && r.stage !== 'git word-diff' && r.stage !== 'libreoffice alone').map((r) => r.peakRssMB ?? 0));
checks.push({ target: `peak RSS <= ${RSS_TARGET_MB} MB at scale 1`, value: `${peak} MB`, pass: peak <= RSS_TARGET_MB });
const top = Math.max(...SCALES);
if (SCALES.includes(1) && top > 1) {
  for (const stage of ['parse', 'check', 'diff md', 'diff html', 'diff docx', 'publish docx']) {
    const [high, low] = [at(top, stage), at(1, stage)];
    if (!high || !low) continue;
    const ratio = high.seconds / low.seconds;
    checks.push({ target: `${stage}: scale ${top} <= ${GROWTH_TARGET * (top / 4)}x scale 1`, value: `${ratio.toFixed(2)}x`, pass: ratio <= GROWTH_TARGET * (top / 4) });
  }
}

const table = [
  `| stage | ${SCALES.map((s) => `scale ${s} (wall s / CPU s / MB)`).join(' | ')} |`,
  `| --- | ${SCALES.map(() => '---').join(' | ')} |`,
  ...[...new Set(results.filter((r) => r.scale !== 0).map((r) => r.stage))].map((stage) => `| ${stage} | ${SCALES.map((s) => { const m = at(s, stage); const r = results.find((x) => x.scale === s && x.stage === stage); return m ? `${m.seconds.toFixed(2)} / ${m.cpuSeconds?.toFixed(2) ?? '-'} / ${m.peakRssMB ?? '-'}` : (r?.status ?? '-'); }).join(' | ')} |`),
].join('\n');
const sizes = results.filter((r) => r.scale === 0);
const sizeTable = sizes.length === 0 ? '' : `\n\n| size case (no target) | wall s / CPU s / MB |\n| --- | --- |\n${sizes.map((m) => `| ${m.stage} | ${m.seconds === null ? m.status : `${m.seconds.toFixed(2)} / ${m.cpuSeconds?.toFixed(2) ?? '-'} / ${m.peakRssMB ?? '-'}`} |`).join('\n')}`;
const verdicts = checks.map((c) => `- ${c.pass ? 'met' : 'MISSED'}: ${c.target} (${c.value})`).join('\n');
const loadAfter = loadavg()[0] ?? 0;
console.log(`Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after\n\n${table}${sizeTable}\n\n${verdicts}`);
// Growth from the smallest to the largest scale, per stage, git's included for reference.
const [low, high] = [Math.min(...SCALES), Math.max(...SCALES)];
const ratios = Object.fromEntries([...new Set(results.filter((r) => r.scale !== 0).map((r) => r.stage))].flatMap((stage) => { const [a, b] = [at(low, stage), at(high, stage)]; return a && b ? [[stage, Number((b.seconds / a.seconds).toFixed(2))]] : []; }));
console.log(`\nscale ${high} / scale ${low} time: ${Object.entries(ratios).map(([stage, r]) => `${stage} ${r}x`).join(', ')}`);
writeFileSync('bench/results.json', `${JSON.stringify({ node: process.version, tables: TABLES, cores: cpus().length, loadAverage: { before: loadBefore, after: loadAfter }, runs: RUNS, results, checks, ratios: { of: `scale ${high} / scale ${low}`, ...ratios } }, null, 2)}\n`);
