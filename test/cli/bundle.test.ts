/**
 * bin/secdraft.js runs the CLI from its esbuild bundle. Built here with the build's own options,
 * the bundle must do what the CLI does in-process: the same bytes for the annex, the same findings
 * and exit codes, and the packages it loads on demand (yaml for non-canonical front matter) found.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { bundleCli } from '../../scripts/bundle-cli.js';
import { widthOnDemand } from '../../scripts/string-width-on-demand.js';
import { runCli } from './run-cli.js';

// Inside the project, so that the bundle's run-time require() finds node_modules as dist/ does.
mkdirSync('node_modules/.cache', { recursive: true });
const bundle = mkdtempSync(join('node_modules/.cache', 'secdraft-bundle-'));
const entry = pathToFileURL(resolve(bundle, 'main.js')).href;
const runProcess = pathToFileURL(resolve('bin/run-process.js')).href;
// bin/secdraft.js, but on this bundle: the same process glue (bin/run-process.js).
const launcher = `const { main } = await import(${JSON.stringify(entry)});
const { runProcess } = await import(${JSON.stringify(runProcess)});
process.argv.splice(1, 0, 'bin/secdraft.js'); // node -e has no script in argv; bin's arguments start at 2
await runProcess(main);`;

function bundled(...argv: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', launcher, '--', ...argv], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  await bundleCli(bundle);
}, 60_000);

afterAll(() => rmSync(bundle, { recursive: true, force: true }));

describe('the CLI bundle', () => {
  it('writes the same annex bytes as the CLI in-process', async () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'secdraft-bundle-a-')), mkdtempSync(join(tmpdir(), 'secdraft-bundle-b-'))];
    expect(bundled('annex', 'MP087', '--format', 'md,html,docx', '--out', a).code).toBe(0);
    expect((await runCli('annex', 'MP087', '--format', 'md,html,docx', '--out', b)).code).toBe(0);
    for (const file of ['MP087-annex-a.md', 'MP087-annex-a.html', 'MP087-annex-a.docx']) {
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
    }
  });

  it('reports the same findings, with the same exit code', async () => {
    const inProcess = await runCli('check', '--at', '6.17', '--format', 'json');
    const run = bundled('check', '--at', '6.17', '--format', 'json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(inProcess.stdout);
  });

  it('loads yaml for front matter outside the canonical form, and refuses bad input in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-bundle-fm-'));
    const file = join(dir, 'H.md');
    // Invented text; the comment in the front matter sends it to yaml.
    writeFileSync(file, '---\ncode: SEC # a comment\nversion: "1.0"\nsection: H\ntitle: Invented\nsource: "invented for a test: not SEC text"\n---\n\n# Section H: Invented\n\n## Requests\n\nH1.1 The User shall notify the Panel.\n');
    expect(bundled('fmt', file).code).toBe(1);
    writeFileSync(file, '---\ncode: [SEC\n---\n');
    const bad = bundled('fmt', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/H\.md:\d+:\d+: front matter is not valid YAML/);
  });

  it("stops quietly, with the command's exit code, when the reader of its output has gone (| head)", async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'secdraft-bundle-pipe-'));
    generateCorpus(corpus, { scale: 0.1 });
    // Every clause shown, far more than a pipe holds; the sides differ, so the command's code is 1
    // (an uncaught EPIPE would exit 1 too, but not quietly; an exit(0) would lose the 1).
    const args = ['diff', join(corpus, 'base'), join(corpus, 'amended'), '--format', 'md', '--all'];
    const child = spawn(process.execPath, ['--input-type=module', '-e', launcher, '--', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  }, 30_000);

  it('lays out --help as the CLI in-process does (string-width given on demand)', async () => {
    for (const argv of [['--help'], ['diff', '--help'], ['check', '--help']]) {
      const run = bundled(...argv);
      expect(run.code, argv.join(' ')).toBe(0);
      expect(run.stdout, argv.join(' ')).toBe((await runCli(...argv)).stdout);
    }
  });
});

describe('string-width on demand', () => {
  // Each copy the bundle hands yargs's layout: yargs's own (8.x), cliui's and wrap-ansi's (7.x).
  const copies = ['yargs', 'cliui', 'wrap-ansi'].map((user) => {
    const from = createRequire(createRequire(import.meta.url).resolve(user));
    return { user, path: from.resolve('string-width') };
  });

  it('measures printable ASCII as each string-width copy does, without loading it, and anything else by it', async () => {
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    for (const { user, path } of copies) {
      const real = (await import(pathToFileURL(path).href)).default as (text: string, options?: object) => number;
      let loads = 0;
      const width = widthOnDemand(() => {
        loads++;
        return real;
      });
      for (const options of [undefined, {}, { ambiguousIsNarrow: false }, { countAnsiEscapeCodes: true }]) {
        for (const text of ['', ascii.join(''), ...ascii, 'secdraft diff <old> <new>', '  --format  [choices: "md"]']) expect(width(text, options), `${user}: ${JSON.stringify(text)}`).toBe(real(text, options));
      }
      expect(loads, user).toBe(0);
      for (const text of ['Section G3.20 \u2192 G3.21', '\u001b[1mbold\u001b[22m', 'tab\there', '\u{1F600}', '\u65e5\u672c']) expect(width(text), `${user}: ${text}`).toBe(real(text));
      expect(loads, user).toBe(1);
    }
    // The copies are not all one: the comparison covers both major versions yargs bundles.
    expect(new Set(copies.map((c) => c.path)).size).toBeGreaterThan(1);
  });
});
