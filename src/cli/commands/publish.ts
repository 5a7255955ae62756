/** `secdraft publish <version>`: the consolidated version, clean, as Markdown, HTML, Word and PDF, one file per Section or one in all. */
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { buildPublication } from '../../compare/build-publication.js';
import type { Publication } from '../../model/publication.js';
import { loadSide } from '../../store/load-side.js';
import { existsSync } from 'node:fs';
import { writeOutputs, type Output } from '../../store/write-outputs.js';
import { progress } from '../progress.js';
import type { PdfInput } from '../docx-to-pdf.js';
import { parseFormats } from './annex.js';

const FORMATS = ['md', 'html', 'docx', 'pdf'] as const;

export const publishCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('version', { type: 'string', describe: 'Version id (6.17), modification id (as consolidated), or a folder of Section files' })
      .option('section', { type: 'string', array: true, describe: 'Sections to publish (default: all), e.g. --section G H' })
      .option('format', { type: 'string', default: 'md,html,docx', describe: 'Comma-separated: md, html, docx, pdf (pdf needs LibreOffice)' })
      .option('single', { type: 'boolean', default: false, describe: 'One file holding every Section published, instead of one file per Section' })
      .option('classification', { type: 'string', describe: "Classification to print, instead of the Section files' classification:" })
      .option('out', { type: 'string', describe: 'Output folder (default output/<code>-<version>/, whose files a new run replaces)' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace files that already exist in an --out folder' }),
  async run({ args, openStore, storeDir, io }) {
    const formats = parseFormats(args.format, FORMATS);
    const step = progress(io);
    step(`reading ${String(args.version)}`);
    const version = loadSide(openStore, String(args.version));
    const sections = (args.section as string[] | undefined)?.flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);
    const publication = buildPublication(version, {
      ...(sections !== undefined ? { sections } : {}),
      ...(args.classification !== undefined ? { classification: String(args.classification) } : {}),
    });
    // Names come from front matter: nothing in them may climb out of --out or name a folder.
    const stem = `${publication.code}-${publication.version}`.replace(/[^A-Za-z0-9.+_-]+/g, '-').replace(/^\.+/, '');
    const documents: Array<[string, Publication]> = args.single
      ? [[stem, publication]]
      : publication.sections.map((section) => [`${stem}-${section.id}`, { ...publication, sections: [section] }]);
    // Render everything before writing anything.
    const files: Array<[string, string | Uint8Array]> = [];
    for (const format of formats.filter((f) => f !== 'pdf')) {
      step(`rendering ${format}`);
      for (const [name, document] of documents) files.push([`${name}.${format}`, await render(format, document)]);
    }
    if (formats.includes('pdf')) {
      step('rendering docx for LibreOffice');
      // The PDF is the Word file as LibreOffice prints it: rendered here unless docx was asked for too.
      const docx: PdfInput[] = [];
      for (const [name, document] of documents) {
        const rendered = files.find(([file]) => file === `${name}.docx`)?.[1] ?? (await render('docx', document));
        docx.push({ name, docx: rendered as Uint8Array });
      }
      step('converting to pdf (LibreOffice)');
      const { docxToPdf } = await import('../docx-to-pdf.js');
      docxToPdf(docx, io.env).forEach((pdf, i) => files.push([`${docx[i]!.name}.pdf`, pdf]));
    }
    step();
    // The default folder holds generated outputs that a new run replaces; an --out folder's files need --force.
    const out = String(args.out ?? join('output', stem));
    const replace = args.out === undefined || Boolean(args.force);
    const outputs: Output[] = files.map(([file, data]) => ({ kind: 'file', path: join(out, file), data, within: { folder: out, what: `the folder ${out}` }, replace }));
    // Never into the store, nor into the folder of Section files published (the next run would read the outputs).
    const input = String(args.version);
    const protect = [{ path: storeDir, what: `the store at ${storeDir}`, depth: 3 }, ...(existsSync(input) ? [{ path: input, what: `the Section files published (${input})` }] : [])];
    for (const path of writeOutputs(outputs, { protect })) io.stdout(`wrote ${path}\n`);
    return EXIT.ok;
  },
};

/** One publication in one format (md, html or docx). */
async function render(format: string, publication: Publication): Promise<string | Uint8Array> {
  if (format === 'md') return (await import('../../render/markdown/to-markdown.js')).publicationToMarkdown(publication);
  if (format === 'html') return (await import('../../render/html/to-html.js')).publicationToHtml(publication);
  return (await import('../../render/docx/index.js')).publicationToDocx(publication);
}
