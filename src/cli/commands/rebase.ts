/** `secdraft rebase <mod> --onto <version>`: re-expresses a modification against a newer base. */
import type { CommandModule } from '../command.js';
import { EXIT, type Io } from '../io.js';
import type { Store } from '../../store/store.js';
import { lockStore } from '../../store/store-lock.js';
import { checkStoreRef } from '../../store/store-name.js';
import { rebaseModification } from '../../merge/rebase-modification.js';
import { modificationToMarkdown } from '../../serialize/to-markdown.js';
import { writeFileAtomic } from '../../store/write-file-atomic.js';
import { legalTokens as releaseTokenizer } from '../../compare/legal-tokens.js';
import { describeClash } from './release.js';

export const rebaseCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('mod', { type: 'string', describe: 'Modification id' })
      .option('onto', { type: 'string', demandOption: true, describe: 'The newer base version' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Report only; do not rewrite the modification file' }),
  run({ args, openStore, io }) {
    const store = openStore();
    // A dry run reads only; a rebase that writes holds the store's lock while it reads and writes.
    const unlock = args['dry-run'] ? () => undefined : lockStore(store.root, { command: `rebase ${String(args.mod)} --onto ${String(args.onto)}`, note: (line) => io.stderr(`${line}\n`) });
    try {
      return rebase(args, store, io);
    } finally {
      unlock();
    }
  },
};

function rebase(args: Readonly<Record<string, unknown>>, store: Store, io: Io): number {
  const modification = store.loadModification(String(args.mod));
  const { id: ontoId } = checkStoreRef(String(args.onto), 'version id', '--onto');
  const onto = store.resolve({ at: `${modification.meta.code}/${ontoId}` });
  const id = modification.meta.id;
  if (onto.id === modification.meta.base) {
    io.stdout(`${id} is already drafted against ${onto.id}: nothing to rebase, nothing written\n`);
    return EXIT.ok;
  }
  if (onto.modifications.includes(id)) {
    io.stdout(`${onto.id} already holds ${id} (it was consolidated into that version): nothing to rebase, nothing written\n`);
    return EXIT.ok;
  }
  const from = store.resolve({ at: `${modification.meta.code}/${modification.meta.base}` });
  const result = rebaseModification(modification, from, onto, releaseTokenizer);
  if (!result.ok) {
    io.stdout(`${id} does not rebase cleanly onto ${onto.id}: nothing written\n${result.clashes.map((c) => describeClash(c)).join('\n')}\n`);
    return EXIT.findings;
  }
  const lines = [`${id} rebased from ${from.id} onto ${onto.id}`];
  if (result.merged.length) lines.push(`  merged with changes made since ${from.id}: ${result.merged.join(', ')}`);
  if (result.dropped.length) lines.push(`  deletions already made in ${onto.id}, dropped: ${result.dropped.join(', ')}`);
  if (!args['dry-run']) {
    writeFileAtomic(modification.file, modificationToMarkdown(result.modification));
    lines.push(`  wrote ${modification.file}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
