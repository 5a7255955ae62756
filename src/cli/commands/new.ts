/** `secdraft new <id> --base <v> <address...>`: starts a draft modification from the clauses it will amend. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { EXIT, type Io } from '../io.js';
import type { Store } from '../../store/store.js';
import { lockStore } from '../../store/store-lock.js';
import { checkStoreName } from '../../store/store-name.js';
import { InputError } from '../../model/input-error.js';
import { modificationToMarkdown } from '../../serialize/to-markdown.js';
import { startModification } from '../../store/start-modification.js';
import { writeFileAtomic } from '../../store/write-file-atomic.js';

export const newCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('id', { type: 'string', describe: 'Modification id, e.g. MP312' })
      .positional('addresses', { type: 'string', array: true, describe: 'Clauses to amend, e.g. G3.20 G3.21 (a paragraph address names its clause)' })
      .option('base', { type: 'string', demandOption: true, describe: 'Version to draft against, e.g. 6.17' })
      .option('title', { type: 'string', describe: 'Title of the modification' })
      .option('classification', { type: 'string', default: 'White', describe: 'Panel Information Policy classification' }),
  run({ args, openStore, io }) {
    const id = checkStoreName(String(args.id), 'modification id', 'new <id>');
    const store = openStore();
    const unlock = lockStore(store.root, { command: `new ${id}`, note: (line) => io.stderr(`${line}\n`) });
    try {
      return start(store, id, args, io);
    } finally {
      unlock();
    }
  },
};

function start(store: Store, id: string, args: Readonly<Record<string, unknown>>, io: Io): number {
  if (store.modifications.some((m) => m.id === id)) {
    throw new InputError(undefined, `modification ${id} already exists in the store`, `choose another id, or edit ${store.modifications.find((m) => m.id === id)!.files[0]}`);
  }
  const base = store.loadVersion(String(args.base));
  const file = join(store.root, base.code, 'modifications', `${id}.md`);
  if (existsSync(file)) throw new InputError(undefined, `${file} already exists`, 'choose another id');
  const modification = startModification(base, (args.addresses as string[]).map(String), {
    id,
    title: args.title === undefined ? `${id} (title to be agreed)` : String(args.title),
    classification: String(args.classification),
    file,
  });
  writeFileAtomic(file, modificationToMarkdown(modification));
  const clauses = modification.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.map((c) => c.number)));
  io.stdout(`wrote ${file}: draft ${id} against ${base.code} ${base.id}, with ${clauses.join(', ')} to edit\n`);
  return EXIT.ok;
}
