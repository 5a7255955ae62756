/** `secdraft apply <mod> --as <version>`: writes the consolidated version (base + modification) into the store. */
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { applyModification } from '../../store/apply-modification.js';
import { lockStore } from '../../store/store-lock.js';
import { checkStoreName } from '../../store/store-name.js';
import { writeVersion } from '../../store/write-version.js';

export const applyCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('mod', { type: 'string', describe: 'Modification id, e.g. MP087' })
      .option('as', { type: 'string', demandOption: true, describe: 'Id of the new version, e.g. 6.17.1 (letters, digits, . _ + -)' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace the version if it exists' }),
  run({ args, openStore, io }) {
    // Names first: nothing is read or locked for a name that cannot be a folder.
    const as = checkStoreName(String(args.as), 'version id', '--as');
    const store = openStore();
    const unlock = lockStore(store.root, { command: `apply ${String(args.mod)} --as ${as}`, note: (line) => io.stderr(`${line}\n`) });
    try {
      const modification = store.loadModification(String(args.mod));
      const base = store.resolve({ at: `${modification.meta.code}/${modification.meta.base}` });
      const consolidated = applyModification(base, modification, { as });
      const note = `${base.code} ${base.id} consolidated with ${[...consolidated.modifications].join(', ')} by secdraft apply`;
      const version = {
        ...consolidated,
        files: consolidated.files.map((file) => ({
          ...file,
          meta: {
            ...file.meta,
            source: file.meta.extract ? `extract: ${note}` : note,
            ...(modification.meta.implemented !== undefined ? { effective: modification.meta.implemented } : {}),
          },
        })),
      };
      const folder = writeVersion(store.root, version, { force: Boolean(args.force), source: '--as' });
      io.stdout(`wrote ${version.code} ${version.id} (${base.id} + ${modification.meta.id}) to ${folder}\n`);
      return EXIT.ok;
    } finally {
      unlock();
    }
  },
};
