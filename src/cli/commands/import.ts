/** `secdraft import <file.docx...> --version <v>`: consolidated Sections from Word -> canonical clause files in the store. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import type { SectionFile } from '../../model/clause-tree.js';
import { InputError } from '../../model/input-error.js';
import { isZip, refuseBinary } from '../../import/file-kind.js';
import { parseSectionFile } from '../../parse/section-file.js';
import { sectionFileToMarkdown } from '../../serialize/to-markdown.js';
import { lockStore } from '../../store/store-lock.js';
import { checkStoreName } from '../../store/store-name.js';
import { writeOutputs } from '../../store/write-outputs.js';
import { readSource } from '../read-source.js';
import { describeUnplaced } from './import-redline.js';

export const importCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, describe: 'Word documents (.docx), one or more Sections each' })
      .option('version', { type: 'string', demandOption: true, describe: 'Version the Sections belong to, e.g. 6.17' })
      .option('code', { type: 'string', default: 'SEC', describe: 'Code' })
      .option('out', { type: 'string', describe: 'Folder for the Section files (default: the store, <code>/<version>/)' })
      .option('accept-changes', { type: 'boolean', describe: 'Import the text with its tracked changes accepted' })
      .option('reject-changes', { type: 'boolean', describe: 'Import the text with its tracked changes rejected' })
      .option('section', { type: 'string', describe: 'Section id, where the document has no Section heading' })
      .option('title', { type: 'string', describe: 'Section title, with --section' })
      .option('numbering', { type: 'string', describe: 'How the clauses are numbered: decimal, schedule-paragraph, part, or a clause-number pattern (default: the SEC\'s, G3.17)' })
      .option('replace', { type: 'boolean', default: false, describe: 'Replace Section files that exist' })
      .conflicts('accept-changes', 'reject-changes')
      .implies('section', 'title'),
  async run({ args, storeDir, io }) {
    const version = checkStoreName(String(args.version), 'version id', '--version');
    const code = checkStoreName(String(args.code), 'code', '--code');
    const out = String(args.out ?? join(storeDir, code, version));
    const { readDocx } = await import('../../import/read-docx.js');
    const { importSection } = await import('../../import/import-section.js');
    const written: Array<[string, string, number]> = [];
    const seen = new Map<string, string>();
    for (const file of (args.files as string[]).map(String)) {
      const bytes = readSource(file);
      if (!isZip(bytes)) {
        refuseBinary(bytes, file);
        throw new InputError({ file, line: 1, column: 1 }, 'not a Word .docx (no zip signature)', 'give the Section as Word saved it (.docx)');
      }
      const document = readDocx(bytes, file, { visualMarks: false });
      const changes = args['accept-changes'] ? 'accept' : args['reject-changes'] ? 'reject' : undefined;
      const result = importSection(document, {
        file,
        code,
        version,
        ...(changes ? { changes } : {}),
        ...(args.numbering !== undefined ? { numbering: String(args.numbering) } : {}),
        ...(args.section !== undefined ? { section: { id: String(args.section), title: String(args.title) } } : {}),
      });
      for (const u of result.unplaced) io.stderr(`${describeUnplaced(u, 'paragraph')}\n`);
      for (const sectionFile of result.files) {
        const other = seen.get(sectionFile.section.id);
        if (other) throw new InputError({ file, line: 1, column: 1 }, `Section ${sectionFile.section.id} is also in ${other}`, 'import each Section once');
        seen.set(sectionFile.section.id, file);
        const target = join(out, `${sectionFile.section.id}.md`);
        const text = sectionFileToMarkdown(sectionFile);
        checkReadsBack(text, target, sectionFile, file);
        written.push([target, text, sectionFile.section.headings.reduce((n, h) => n + h.clauses.length, 0)]);
      }
    }
    // Every file is checked before any is written, and they are written all or none.
    for (const [target] of written) {
      if (existsSync(target) && !args.replace) throw new InputError(undefined, `${target} already exists`, 'pass --replace to overwrite it, or --out another folder');
    }
    const unlock = args.out === undefined && existsSync(storeDir) ? lockStore(storeDir, { command: `import --version ${version}`, note: (line) => io.stderr(`${line}\n`) }) : () => undefined;
    try {
      // Replacing a Section file is rewriting clause text in place, which only --replace allows.
      writeOutputs(written.map(([path, data]) => ({ kind: 'file', path, data, within: { folder: out, what: `the folder ${out}` }, replace: Boolean(args.replace), rewrite: Boolean(args.replace) })));
    } finally {
      unlock();
    }
    for (const [target, , clauses] of written) {
      io.stdout(`wrote ${target} (${clauses} clause${clauses === 1 ? '' : 's'})\n`);
    }
    return EXIT.ok;
  },
};

/** The Markdown written must read back as the tree imported; a document that does not (a clause number twice, say) is refused. */
function checkReadsBack(text: string, target: string, sectionFile: SectionFile, file: string): void {
  try {
    parseSectionFile(text, target);
  } catch (error) {
    if (error instanceof InputError) {
      const clause = error.position ? text.split('\n')[error.position.line - 1]?.split(' ')[0] : undefined;
      throw new InputError({ file, line: 1, column: 1 }, `Section ${sectionFile.section.id} does not make a valid clause file: ${error.problem}${clause ? ` (at ${clause})` : ''}`, error.hint);
    }
    throw error;
  }
}
