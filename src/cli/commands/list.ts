/** `secdraft list`: the versions and modifications in the store. */
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { clausesOf } from '../../model/address.js';

export const listCommand: CommandModule = {
  builder: (y) => y,
  run({ openStore, io }) {
    const store = openStore();
    const lines: string[] = ['Versions:'];
    for (const entry of store.versions) {
      const version = store.loadVersion(`${entry.code}/${entry.id}`);
      const clauses = [...clausesOf(version)].length;
      const sections = version.files.map((f) => f.section.id).join(' ');
      lines.push(`  ${entry.code} ${entry.id}  Sections ${sections}, ${clauses} clause${clauses === 1 ? '' : 's'}${version.extract ? ' (extract)' : ''}${version.modifications.length ? `, includes ${version.modifications.join(', ')}` : ''}`);
    }
    lines.push('Modifications:');
    for (const entry of store.modifications) {
      const { meta } = store.loadModification(`${entry.code}/${entry.id}`);
      lines.push(`  ${meta.id}  '${meta.title}'  against ${meta.code} ${meta.base}, legal text ${meta.version}, ${meta.path ?? 'draft'}, ${meta.classification}${meta.implemented ? `, implemented ${meta.implemented}` : ''}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
