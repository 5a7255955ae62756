/** `secdraft terms`: the defined terms the checker finds in a version or in clause files, with where each is defined and how often it is used. */
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import type { Version } from '../../model/clause-tree.js';
import { InputError } from '../../model/input-error.js';
import { listTerms, type TermSummary } from '../../check/list-terms.js';
import { loadSide } from '../../store/load-side.js';

function where(t: TermSummary): string {
  return t.position ? `${t.position.file}:${t.position.line}:${t.position.column}` : t.address;
}

function formatText(terms: readonly TermSummary[], version: Version): string {
  if (terms.length === 0) return `no definitions in ${version.code} ${version.id} (no list definitions, no quoted "X" means)\n`;
  const width = Math.min(40, Math.max(...terms.map((t) => t.term.length)));
  const lines = terms.map((t) => `${t.term.padEnd(width)}  ${where(t)}  ${t.uses} use${t.uses === 1 ? '' : 's'}${t.variants ? `, ${t.variants} capitalised another way` : ''}`);
  lines.push('', `${terms.length} defined term${terms.length === 1 ? '' : 's'} in ${version.code} ${version.id}`);
  return `${lines.join('\n')}\n`;
}

export const termsCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('paths', { type: 'string', array: true, describe: 'Clause files or folders (default: the version named by --at, or the latest)' })
      .option('at', { type: 'string', describe: 'Version id' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' }),
  run({ args, openStore, io }) {
    const paths = (args.paths as string[] | undefined) ?? [];
    if (paths.length > 0 && args.at !== undefined) throw new InputError(undefined, 'paths cannot be given with --at', 'list the terms of files or folders, or of a version');
    const versions = paths.map((path) => loadSide(openStore, path));
    const version: Version =
      versions.length === 0
        ? openStore().resolve({ at: args.at as string | undefined })
        : versions.length === 1
          ? (versions[0] as Version)
          : { ...(versions[0] as Version), id: paths.join(' '), extract: versions.some((v) => v.extract), files: versions.flatMap((v) => v.files) };
    const terms = listTerms(version);
    io.stdout(args.format === 'json' ? `${JSON.stringify(terms, null, 2)}\n` : formatText(terms, version));
    return EXIT.ok;
  },
};
