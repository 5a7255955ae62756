/** `secdraft annex <mod-id>`: the modification's Annex A as Markdown, HTML and Word. */
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { InputError } from '../../model/input-error.js';
import { buildAnnex, type AnnexContext } from '../../compare/build-annex.js';
import { writeOutputs, type Output } from '../../store/write-outputs.js';

const FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/** Parses "md,html,docx" into formats, refusing unknown ones. */
export function parseFormats(value: unknown, allowed: readonly string[]): string[] {
  const list = String(value).split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = list.filter((f) => !allowed.includes(f));
  if (list.length === 0 || unknown.length > 0) {
    throw new InputError(undefined, `unknown format ${unknown.join(', ') || '(none)'}`, `choose from ${allowed.join(', ')}, comma-separated`);
  }
  return [...new Set(list)];
}

export const annexCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('mod', { type: 'string', describe: 'Modification id, e.g. MP087' })
      .option('format', { type: 'string', default: 'md,html,docx', describe: 'Comma-separated: md, html, docx, pdf (pdf: the Word annex printed by LibreOffice)' })
      .option('track-changes', { type: 'boolean', default: false, describe: 'Word: real tracked changes (author: the modification id) instead of a visual redline' })
      .option('context', { choices: ['clause', 'heading', 'section'] as const, default: 'heading' as const, describe: 'Unchanged text shown around a change' })
      .option('out', { type: 'string', describe: 'Output folder (default output/<mod-id>/, whose files a new run replaces)' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace files that already exist in an --out folder' }),
  async run({ args, openStore, storeDir, io }) {
    const store = openStore();
    const formats = parseFormats(args.format, FORMATS) as Format[];
    const modification = store.loadModification(String(args.mod));
    const consolidated = store.resolve({ mod: String(args.mod) });
    const base = store.resolve({ at: `${modification.meta.code}/${modification.meta.base}` });
    const annex = buildAnnex(base, modification, consolidated, { context: args.context as AnnexContext });
    if (annex.sections.every((section) => section.instructions.length === 0)) {
      io.stderr(`${modification.meta.id} changes nothing in ${base.code} ${base.id}: no annex written (its clauses read as the base's: check the modification file)\n`);
      return EXIT.findings;
    }
    // The default folder holds generated outputs that a new run replaces; an --out folder's files need --force.
    const out = String(args.out ?? join('output', modification.meta.id));
    const replace = args.out === undefined || Boolean(args.force);
    const name = `${modification.meta.id}-annex-a`;
    // Render everything before writing anything.
    const files: Array<[string, string | Uint8Array]> = [];
    let docx: Uint8Array | undefined;
    for (const format of formats) {
      if (format === 'md') files.push([`${name}.md`, (await import('../../render/markdown/to-markdown.js')).annexToMarkdown(annex)]);
      if (format === 'html') files.push([`${name}.html`, (await import('../../render/html/to-html.js')).annexToHtml(annex)]);
      if (format === 'docx' || format === 'pdf') {
        // The PDF is the Word annex as LibreOffice prints it.
        docx ??= await (await import('../../render/docx/index.js')).annexToDocx(annex, { trackChanges: Boolean(args['track-changes']) });
        if (format === 'docx') files.push([`${name}.docx`, docx]);
        else files.push([`${name}.pdf`, (await import('../docx-to-pdf.js')).docxToPdf([{ name, docx }], io.env)[0] as Uint8Array]);
      }
    }
    const outputs: Output[] = files.map(([file, data]) => ({ kind: 'file', path: join(out, file), data, within: { folder: out, what: `the folder ${out}` }, replace }));
    for (const path of writeOutputs(outputs, { protect: [{ path: storeDir, what: `the store at ${storeDir}`, depth: 3 }] })) io.stdout(`wrote ${path}\n`);
    return EXIT.ok;
  },
};
