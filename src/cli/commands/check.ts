/** `secdraft check`: the consistency rules over a version, a modification or clause files. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import type { Version } from '../../model/clause-tree.js';
import type { Finding } from '../../model/finding.js';
import { InputError } from '../../model/input-error.js';
import { newFindings, readBaseline, toBaseline } from '../../check/baseline.js';
import { readCheckConfig, type CheckConfig } from '../../check/check-config.js';
import { checkVersion } from '../../check/check-version.js';
import { findingsDelta } from '../../check/compare-findings.js';
import { formatJson } from '../../check/format/json.js';
import { formatSarif } from '../../check/format/sarif.js';
import { formatStylish } from '../../check/format/stylish.js';
import { rules } from '../../check/rules/index.js';
import { loadSide } from '../../store/load-side.js';
import { writeOutputs } from '../../store/write-outputs.js';
import { dirname } from 'node:path';
import { progress } from '../progress.js';
import { VERSION } from '../../version.js';

const CONFIG_FILE = 'secdraft.config.json';

function readJson(file: string): unknown {
  if (!existsSync(file)) throw new InputError(undefined, `no such file: ${file}`, 'name a file that exists');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError({ file, line: 1, column: 1 }, `not valid JSON: ${(error as Error).message}`, 'fix the JSON');
  }
}

function loadConfig(path: string | undefined): CheckConfig {
  const file = path ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  return file ? readCheckConfig(readJson(file), file) : {};
}

export const checkCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'Clause files or folders (default: the version named by --at, or the latest)' })
      .option('at', { type: 'string', describe: 'Version id to check' })
      .option('mod', { type: 'string', describe: 'Modification id: report what it fixes, introduces and leaves' })
      .option('format', { choices: ['stylish', 'json', 'sarif'] as const, default: 'stylish' as const, describe: 'Output format' })
      .option('config', { type: 'string', describe: `Configuration file (default ./${CONFIG_FILE} if present)` })
      .option('baseline', { type: 'string', describe: 'Accept the findings in this baseline; only new ones count' })
      .option('write-baseline', { type: 'string', describe: 'Write the current findings as a baseline file (an existing one is replaced only with --force)' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace the --write-baseline file if it exists' })
      .conflicts('at', 'mod'),
  run({ args, openStore, storeDir, io }) {
    const config = loadConfig(args.config as string | undefined);
    const paths = (args.paths as string[] | undefined) ?? [];
    if (paths.length > 0 && (args.at !== undefined || args.mod !== undefined)) {
      throw new InputError(undefined, 'paths cannot be given with --at or --mod', 'check files or folders, or a version, or a modification');
    }
    const step = progress(io);
    const check = (version: Version) => {
      step(`checking ${version.code} ${version.id}`);
      const found = checkVersion(version, { config });
      step();
      return found;
    };
    let findings: Finding[];
    let failing: Finding[];
    let report: string;
    const color = io.isTTY && !io.env.NO_COLOR;
    const baseline = args.baseline ? readBaseline(readJson(String(args.baseline)), String(args.baseline)) : undefined;
    const accept = (list: Finding[]) => (baseline ? newFindings(list, baseline) : list);
    if (args.mod !== undefined) {
      const store = openStore();
      const modification = store.loadModification(String(args.mod));
      const base = store.resolve({ at: `${modification.meta.code}/${modification.meta.base}` });
      const delta = findingsDelta(check(base), check(store.resolve({ mod: String(args.mod) })));
      findings = [...delta.introduced, ...delta.preExisting];
      failing = accept([...delta.introduced]).filter((f) => f.severity === 'error');
      const id = modification.meta.id;
      if (args.format === 'json') report = formatJson([]).replace('[]', JSON.stringify({ modification: id, fixed: delta.fixed, introduced: delta.introduced, preExisting: delta.preExisting }, null, 2));
      else if (args.format === 'sarif') report = formatSarif(findings, { rules, version: VERSION });
      else {
        const part = (title: string, list: readonly Finding[], verdict?: 'fixed' | 'preExisting') => `${title}: ${list.length}\n${list.length ? formatStylish(list, { color, ...(verdict ? { verdict } : {}) }) : ''}`;
        report = [
          `${id} against ${base.code} ${base.id}: fixes ${delta.fixed.length}, introduces ${delta.introduced.length}, leaves ${delta.preExisting.length} pre-existing`,
          '',
          part(`Fixed by ${id}`, delta.fixed, 'fixed'),
          part(`Introduced by ${id}`, delta.introduced),
          part('Pre-existing', delta.preExisting, 'preExisting'),
        ].join('\n');
      }
    } else {
      step('reading');
      const version = paths.length > 0 ? loadPaths(paths, openStore) : openStore().resolve({ at: args.at as string | undefined });
      findings = check(version);
      const counted = accept(findings);
      failing = counted.filter((f) => f.severity === 'error');
      const shown = baseline ? counted : findings;
      report = args.format === 'json' ? formatJson(shown) : args.format === 'sarif' ? formatSarif(shown, { rules, version: VERSION }) : formatStylish(shown, { color });
    }
    if (args['write-baseline']) {
      const file = String(args['write-baseline']);
      const inputs = [...paths.filter((path) => statSync(path).isFile()), ...(args.config ? [String(args.config)] : []), ...(args.baseline ? [String(args.baseline)] : [])].map((path) => ({ path, what: `an input of this check (${path})` }));
      writeOutputs([{ kind: 'file', path: file, data: `${JSON.stringify(toBaseline(findings), null, 2)}\n`, within: { folder: dirname(file), what: dirname(file) }, replace: Boolean(args.force) }], {
        protect: [{ path: storeDir, what: `the store at ${storeDir}`, depth: 3 }, ...inputs],
      });
      io.stderr(`wrote ${findings.length} findings to ${String(args['write-baseline'])}\n`);
    }
    io.stdout(report);
    return failing.length > 0 ? EXIT.findings : EXIT.ok;
  },
};

function loadPaths(paths: readonly string[], store: Parameters<typeof loadSide>[0]): Version {
  const versions = paths.map((path) => loadSide(store, path));
  if (versions.length === 1) return versions[0] as Version;
  const first = versions[0] as Version;
  return { ...first, id: paths.join(' '), extract: versions.some((v) => v.extract), files: versions.flatMap((v) => v.files) };
}
