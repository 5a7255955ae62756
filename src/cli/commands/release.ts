/** `secdraft release <new-version> <mod...>`: consolidates several modifications into a new version, or reports their clashes. */
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import type { Modification, Version } from '../../model/clause-tree.js';
import { rebaseModification } from '../../merge/rebase-modification.js';
import { releaseVersion, type ReleaseClash } from '../../merge/release-version.js';
import { compareVersionIds } from '../../store/store.js';
import { writeVersion } from '../../store/write-version.js';
import { writeFileAtomic } from '../../store/write-file-atomic.js';
import { join } from 'node:path';
import { releaseTokenizer } from '../release-tokenizer.js';

/** One clash in words a reviewer can act on. */
export function describeClash(clash: ReleaseClash | (Omit<ReleaseClash, 'clause'> & { clause: string })): string {
  const who = clash.edits.map((e) => e.by).join(' and ');
  const lines = [`${clash.address}: ${clash.reason ?? `${who} change the same words differently`}`];
  for (const edit of clash.edits) {
    lines.push(`  ${edit.by}: ${edit.removes ? `"${edit.removes.trim()}"` : '(nothing)'} -> ${edit.inserts ? `"${edit.inserts.trim()}"` : '(nothing)'}`);
  }
  return lines.join('\n');
}

export const releaseCommand: CommandModule = {
  command: 'release <version> <mods..>',
  describe: 'Consolidate several modifications into a new version; clashes stop it (exit 1, nothing written)',
  builder: (y) =>
    y
      .positional('version', { type: 'string', describe: 'Id of the new version, e.g. 6.18' })
      .positional('mods', { type: 'string', array: true, describe: 'Modification ids' })
      .option('out', { type: 'string', describe: 'Folder for the change log (default output/release-<version>/)' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace the version if it exists' }),
  run({ args, store, io }) {
    const modifications: Modification[] = (args.mods as string[]).map((id) => store.loadModification(id));
    // The release builds on the newest base among them; older ones are rebased onto it first.
    const bases = [...new Set(modifications.map((m) => `${m.meta.code}/${m.meta.base}`))].sort((a, b) => compareVersionIds(a.split('/')[1]!, b.split('/')[1]!));
    const base: Version = store.resolve({ at: bases.at(-1)! });
    const clashes: string[] = [];
    const rebased = modifications.map((mod) => {
      if (mod.meta.base === base.id) return mod;
      const result = rebaseModification(mod, store.resolve({ at: `${mod.meta.code}/${mod.meta.base}` }), base, releaseTokenizer);
      if (!result.ok) {
        clashes.push(...result.clashes.map((c) => describeClash(c)));
        return mod;
      }
      return result.modification;
    });
    const id = String(args.version);
    const result = clashes.length > 0 ? undefined : releaseVersion(base, rebased, { as: id, tokenize: releaseTokenizer });
    if (result && !result.ok) clashes.push(...result.clashes.map((c) => describeClash(c)));
    if (!result || !result.ok) {
      io.stdout(`release ${id} stopped: ${clashes.length} clash${clashes.length === 1 ? '' : 'es'}, nothing written\n${clashes.join('\n')}\n`);
      return EXIT.findings;
    }
    const folder = writeVersion(store.root, result.version, { force: Boolean(args.force) });
    const log = [
      `# Release ${base.code} ${id}`,
      '',
      `Built on ${base.code} ${base.id} from ${modifications.map((m) => m.meta.id).join(', ')}.`,
      '',
      ...result.changeLog.flatMap((entry) => [
        `## ${entry.modification}`,
        '',
        ...(entry.amended.length ? [`- amended: ${entry.amended.join(', ')}`] : []),
        ...(entry.inserted.length ? [`- inserted: ${entry.inserted.join(', ')}`] : []),
        ...(entry.deleted.length ? [`- deleted: ${entry.deleted.join(', ')}`] : []),
        '',
      ]),
    ].join('\n');
    const out = String(args.out ?? join('output', `release-${id}`));
    writeFileAtomic(join(out, 'CHANGELOG.md'), log);
    io.stdout(`wrote ${base.code} ${id} to ${folder} and its change log to ${join(out, 'CHANGELOG.md')}\n`);
    return EXIT.ok;
  },
};
