/** `secdraft diff <old> <new>`: the redline between two versions, modifications, files or folders. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommandModule } from '../command.js';
import { EXIT, type Io } from '../io.js';
import { compareTrees } from '../../compare/compare-trees.js';
import { loadSide } from '../../store/load-side.js';
import { progress } from '../progress.js';
import { writeOutputs } from '../../store/write-outputs.js';

export const diffCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('old', { type: 'string', describe: 'Version id, modification id, clause file or folder' })
      .positional('new', { type: 'string', describe: 'Version id, modification id, clause file or folder' })
      .option('format', { choices: ['text', 'md', 'html', 'docx', 'pdf'] as const, default: 'text' as const, describe: 'Output format (pdf: the Word redline printed by LibreOffice)' })
      .option('out', { type: 'string', describe: 'Output file, or folder if it ends in / or is an existing folder (there: diff.<format>); required for docx and pdf; default standard output' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace the --out file if it exists' })
      .option('track-changes', { type: 'boolean', default: false, describe: 'Word: real tracked changes' })
      .option('all', { type: 'boolean', default: false, describe: 'md/html: show unchanged clauses too' }),
  async run({ args, openStore, storeDir, io }) {
    const step = progress(io);
    step(`reading ${String(args.old)}`);
    const base = loadSide(openStore, String(args.old));
    step(`reading ${String(args.new)}`);
    const amended = loadSide(openStore, String(args.new));
    step('comparing');
    const tree = compareTrees(base, amended);
    step(`rendering ${String(args.format)}`);
    const differs = tree.sections.some((s) => s.kind !== 'unchanged');
    const format = String(args.format);
    const changedOnly = !args.all;
    let output: string | Uint8Array;
    if (format === 'md') output = (await import('../../render/markdown/to-markdown.js')).changeTreeToMarkdown(tree, { changedOnly });
    else if (format === 'html') output = (await import('../../render/html/to-html.js')).changeTreeToHtml(tree, { changedOnly });
    else if (format === 'docx' || format === 'pdf') {
      const date = amended.effective ?? base.effective ?? '1980-01-02';
      output = await (await import('../../render/docx/index.js')).changeTreeToDocx(tree, { trackChanges: Boolean(args['track-changes']), date, author: 'secdraft' });
      if (format === 'pdf') {
        if (args.out === undefined) return needsOut(io, format);
        step('converting to pdf (LibreOffice)');
        output = (await import('../docx-to-pdf.js')).docxToPdf([{ name: 'diff', docx: output }], io.env)[0] as Uint8Array;
      }
    } else {
      const color = io.isTTY && !io.env.NO_COLOR;
      output = (await import('../../render/terminal/to-terminal.js')).changeTreeToTerminal(tree, { color });
    }
    step();
    const out = args.out === undefined ? undefined : String(args.out);
    if (out === undefined) {
      if (typeof output !== 'string') return needsOut(io, format);
      io.stdout(output);
    } else {
      // The explicit form: a trailing / or an existing folder is a folder; anything else is a file, dot or no dot.
      const isDir = /[\\/]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
      const file = isDir ? join(out, `diff.${format === 'text' ? 'txt' : format}`) : out;
      // Never over an input file, nor a Markdown file into an input folder (the next diff would read it).
      const inputs = [String(args.old), String(args.new)]
        .filter((side) => existsSync(side) && (statSync(side).isFile() || file.endsWith('.md')))
        .map((side) => ({ path: side, what: `an input of this diff (${side})` }));
      writeOutputs([{ kind: 'file', path: file, data: output, within: { folder: dirname(file), what: dirname(file) }, replace: Boolean(args.force) }], {
        protect: [{ path: storeDir, what: `the store at ${storeDir}`, depth: 3 }, ...inputs],
      });
      io.stderr(`wrote ${file}\n`);
    }
    return differs ? EXIT.findings : EXIT.ok;
  },
};

function needsOut(io: Io, format: string): number {
  io.stderr(`secdraft: --format ${format} needs --out <file or folder> (${format === 'pdf' ? 'PDF' : 'Word'} files do not go to a terminal)\n`);
  return EXIT.badInput;
}
