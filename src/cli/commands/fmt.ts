/** `secdraft fmt`: rewrites clause files in canonical form, or says what would change. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { InputError } from '../../model/input-error.js';
import { parseClauseFile } from '../../parse/clause-file.js';
import { modificationToMarkdown, sectionFileToMarkdown } from '../../serialize/to-markdown.js';
import { writeFileAtomic } from '../../store/write-file-atomic.js';

function markdownFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(undefined, `no such file or folder: ${path}`, 'name clause files or folders that exist');
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(path, f));
}

export const fmtCommand: CommandModule = {
  command: 'fmt [files..]',
  describe: 'Check clause files are in canonical form (exit 1 and show the difference if not); --write rewrites them',
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, describe: 'Clause or modification files or folders (default: the whole store)' })
      .option('write', { type: 'boolean', default: false, describe: 'Rewrite the files in canonical form' }),
  run({ args, storeDir, io }) {
    const given = (args.files as string[] | undefined) ?? [];
    const files = (given.length > 0 ? given : [storeDir]).flatMap(markdownFiles);
    // Parse everything first: one bad file means nothing is written.
    const results = files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const parsed = parseClauseFile(text, file);
      const canonical = parsed.type === 'modification' ? modificationToMarkdown(parsed) : sectionFileToMarkdown(parsed);
      return { file, text, canonical };
    });
    const changed = results.filter((r) => r.text !== r.canonical);
    for (const { file, text, canonical } of changed) {
      if (args.write) {
        writeFileAtomic(file, canonical);
        io.stdout(`formatted ${file}\n`);
      } else {
        io.stdout(createTwoFilesPatch(file, file, text, canonical, 'as written', 'canonical'));
      }
    }
    if (changed.length === 0) io.stderr(`${results.length} file${results.length === 1 ? '' : 's'} already canonical\n`);
    return changed.length > 0 && !args.write ? EXIT.findings : EXIT.ok;
  },
};
