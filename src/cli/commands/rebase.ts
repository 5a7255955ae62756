/** `secdraft rebase <mod> --onto <version>`: re-expresses a modification against a newer base. */
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
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
    const modification = store.loadModification(String(args.mod));
    const from = store.resolve({ at: `${modification.meta.code}/${modification.meta.base}` });
    const onto = store.resolve({ at: `${modification.meta.code}/${String(args.onto)}` });
    const result = rebaseModification(modification, from, onto, releaseTokenizer);
    if (!result.ok) {
      io.stdout(`${modification.meta.id} does not rebase cleanly onto ${onto.id}: nothing written\n${result.clashes.map((c) => describeClash(c)).join('\n')}\n`);
      return EXIT.findings;
    }
    const lines = [`${modification.meta.id} rebased from ${from.id} onto ${onto.id}`];
    if (result.merged.length) lines.push(`  merged with changes made since ${from.id}: ${result.merged.join(', ')}`);
    if (result.dropped.length) lines.push(`  deletions already made in ${onto.id}, dropped: ${result.dropped.join(', ')}`);
    if (!args['dry-run']) {
      writeFileAtomic(modification.file, modificationToMarkdown(result.modification));
      lines.push(`  wrote ${modification.file}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
