/** `secdraft apply <mod> --as <version>`: writes the consolidated version (base + modification) into the store. */
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { applyModification } from '../../store/apply-modification.js';
import { writeVersion } from '../../store/write-version.js';

export const applyCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('mod', { type: 'string', describe: 'Modification id, e.g. MP087' })
      .option('as', { type: 'string', demandOption: true, describe: 'Id of the new version, e.g. 6.17.1' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace the version if it exists' }),
  run({ args, openStore, io }) {
    const store = openStore();
    const modification = store.loadModification(String(args.mod));
    const base = store.resolve({ at: `${modification.meta.code}/${modification.meta.base}` });
    const consolidated = applyModification(base, modification, { as: String(args.as) });
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
    const folder = writeVersion(store.root, version, { force: Boolean(args.force) });
    io.stdout(`wrote ${version.code} ${version.id} (${base.id} + ${modification.meta.id}) to ${folder}\n`);
    return EXIT.ok;
  },
};
