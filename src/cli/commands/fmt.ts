/** `secdraft fmt`: rewrites clause files in canonical form, or says what would change. */
import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { parseClauseFile } from '../../parse/clause-file.js';
import { decodeUtf8 } from '../../parse/decode-utf8.js';
import { modificationToMarkdown, sectionFileToMarkdown } from '../../serialize/to-markdown.js';
import { markdownFiles } from '../../store/markdown-files.js';
import { writeOutputs } from '../../store/write-outputs.js';
import { dirname } from 'node:path';

/** What fmt --write changes besides the words' layout: CRLF line ends, a byte-order mark. */
function encodingNotes(text: string): string[] {
  const notes: string[] = [];
  if (text.startsWith('\uFEFF')) notes.push('byte-order mark (fmt --write drops it)');
  if (text.includes('\r\n')) notes.push('CRLF line endings (fmt --write converts to LF)');
  return notes;
}

export const fmtCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, describe: 'Clause or modification files or folders (default: the whole store)' })
      .option('write', { type: 'boolean', default: false, describe: 'Rewrite the files in canonical form' }),
  run({ args, storeDir, io }) {
    const given = (args.files as string[] | undefined) ?? [];
    const files = (given.length > 0 ? given : [storeDir]).flatMap((path) => markdownFiles(path));
    // Parse everything first: one bad file means nothing is written.
    const results = files.map((file) => {
      const text = decodeUtf8(readFileSync(file), file);
      const parsed = parseClauseFile(text, file);
      const canonical = parsed.type === 'modification' ? modificationToMarkdown(parsed) : sectionFileToMarkdown(parsed);
      return { file, text, canonical };
    });
    const changed = results.filter((r) => r.text !== r.canonical);
    if (args.write) {
      // All rewritten or none; each keeps its mode, and a symlink keeps pointing at the file rewritten.
      writeOutputs(changed.map(({ file, canonical }) => ({ kind: 'file', path: file, data: canonical, within: { folder: dirname(file), what: dirname(file) }, replace: true, rewrite: true })));
      for (const { file } of changed) io.stdout(`formatted ${file}\n`);
    } else {
      for (const { file, text, canonical } of changed) {
        // Line ends and a byte-order mark are said once, not shown as a diff of lines that look the same.
        for (const note of encodingNotes(text)) io.stdout(`${file}: ${note}\n`);
        const asRead = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
        if (asRead !== canonical) io.stdout(createTwoFilesPatch(file, file, asRead, canonical, 'as written', 'canonical'));
      }
    }
    if (changed.length === 0) io.stderr(`${results.length} file${results.length === 1 ? '' : 's'} already canonical\n`);
    return changed.length > 0 && !args.write ? EXIT.findings : EXIT.ok;
  },
};
