/** `secdraft annex <mod-id>`: the modification's Annex A as Markdown, HTML and Word. */
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import { InputError } from '../../model/input-error.js';
import { buildAnnex, type AnnexContext } from '../../compare/build-annex.js';
import { writeFileAtomic } from '../../store/write-file-atomic.js';

const FORMATS = ['md', 'html', 'docx'] as const;
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
      .option('format', { type: 'string', default: 'md,html,docx', describe: 'Comma-separated: md, html, docx' })
      .option('track-changes', { type: 'boolean', default: false, describe: 'Word: real tracked changes (author: the modification id) instead of a visual redline' })
      .option('context', { choices: ['clause', 'heading', 'section'] as const, default: 'heading' as const, describe: 'Unchanged text shown around a change' })
      .option('out', { type: 'string', describe: 'Output folder (default output/<mod-id>/)' }),
  async run({ args, openStore, io }) {
    const store = openStore();
    const formats = parseFormats(args.format, FORMATS) as Format[];
    const modification = store.loadModification(String(args.mod));
    const consolidated = store.resolve({ mod: String(args.mod) });
    const base = store.resolve({ at: `${modification.meta.code}/${modification.meta.base}` });
    const annex = buildAnnex(base, modification, consolidated, { context: args.context as AnnexContext });
    const out = String(args.out ?? join('output', modification.meta.id));
    const name = `${modification.meta.id}-annex-a`;
    // Render everything before writing anything.
    const files: Array<[string, string | Uint8Array]> = [];
    for (const format of formats) {
      if (format === 'md') files.push([`${name}.md`, (await import('../../render/markdown/to-markdown.js')).annexToMarkdown(annex)]);
      if (format === 'html') files.push([`${name}.html`, (await import('../../render/html/to-html.js')).annexToHtml(annex)]);
      if (format === 'docx') files.push([`${name}.docx`, await (await import('../../render/docx/index.js')).annexToDocx(annex, { trackChanges: Boolean(args['track-changes']) })]);
    }
    for (const [file, data] of files) {
      writeFileAtomic(join(out, file), data);
      io.stdout(`wrote ${join(out, file)}\n`);
    }
    return EXIT.ok;
  },
};
