/** `secdraft release <new-version> <mod...>`: consolidates several modifications into a new version, or reports their clashes. */
import type { CommandModule } from '../command.js';
import { EXIT } from '../io.js';
import type { Modification, Version } from '../../model/clause-tree.js';
import { rebaseModification } from '../../merge/rebase-modification.js';
import { releaseVersion, type ReleaseClash } from '../../merge/release-version.js';
import { compareVersionIds } from '../../store/store.js';
import { writeVersion } from '../../store/write-version.js';
import { writeFileAtomic } from '../../store/write-file-atomic.js';
import { join } from 'node:path';
import { compareTrees } from '../../compare/compare-trees.js';
import { attributeChanges } from '../../merge/attribute-changes.js';
import { parseFormats } from './annex.js';
import { legalTokens as releaseTokenizer } from '../../compare/legal-tokens.js';

/** One clash in words a reviewer can act on. */
export function describeClash(clash: ReleaseClash | (Omit<ReleaseClash, 'clause'> & { clause: string })): string {
  const who = clash.edits.map((e) => e.by).join(' and ');
  const lines = [`${clash.address}: ${clash.reason ?? `${who} change the same words differently`}`];
  for (const edit of clash.edits) {
    lines.push(`  ${edit.by}: ${edit.removes ? `"${edit.removes.trim()}"` : '(nothing)'} -> ${edit.inserts ? `"${edit.inserts.trim()}"` : '(nothing)'}`);
  }
  return lines.join('\n');
}

export const releaseCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('version', { type: 'string', describe: 'Id of the new version, e.g. 6.18' })
      .positional('mods', { type: 'string', array: true, describe: 'Modification ids' })
      .option('out', { type: 'string', describe: 'Folder for the change log and redline (default output/release-<version>/)' })
      .option('format', { type: 'string', default: 'md,html,docx', describe: 'Release redline formats, comma-separated: md, html, docx' })
      .option('track-changes', { type: 'boolean', default: false, describe: 'Word: real tracked changes, each authored by its modification' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace the version if it exists' }),
  async run({ args, openStore, io }) {
    const store = openStore();
    const modifications: Modification[] = (args.mods as string[]).map((id) => store.loadModification(id));
    // The release builds on the newest base among them; older ones are rebased onto it first.
    const bases = [...new Set(modifications.map((m) => `${m.meta.code}/${m.meta.base}`))].sort((a, b) => compareVersionIds(a.split('/')[1]!, b.split('/')[1]!));
    const base: Version = store.resolve({ at: bases.at(-1)! });
    const clashes: string[] = [];
    const rebased = modifications.map((mod) => {
      if (mod.meta.base === base.id) return mod;
      const result = rebaseModification(mod, store.resolve({ at: `${mod.meta.code}/${mod.meta.base}` }), base, releaseTokenizer);
      if (!result.ok) {
        clashes.push(...result.clashes.map((c) => describeClash(c)));
        return mod;
      }
      return result.modification;
    });
    const id = String(args.version);
    const result = clashes.length > 0 ? undefined : releaseVersion(base, rebased, { as: id, tokenize: releaseTokenizer });
    if (result && !result.ok) clashes.push(...result.clashes.map((c) => describeClash(c)));
    if (!result || !result.ok) {
      io.stdout(`release ${id} stopped: ${clashes.length} clash${clashes.length === 1 ? '' : 'es'}, nothing written\n${clashes.join('\n')}\n`);
      return EXIT.findings;
    }
    // Render everything before writing anything.
    const formats = parseFormats(args.format, ['md', 'html', 'docx']);
    const tree = attributeChanges(compareTrees(base, result.version), result.authors, result.attribution);
    const out = String(args.out ?? join('output', `release-${id}`));
    const files: Array<[string, string | Uint8Array]> = [];
    if (formats.includes('md')) files.push([`release-${id}.md`, (await import('../../render/markdown/to-markdown.js')).changeTreeToMarkdown(tree, { changedOnly: true })]);
    if (formats.includes('html')) files.push([`release-${id}.html`, (await import('../../render/html/to-html.js')).changeTreeToHtml(tree, { changedOnly: true })]);
    if (formats.includes('docx')) {
      const date = modifications.map((m) => m.meta.implemented ?? '').sort().at(-1) || base.effective || '1980-01-02';
      files.push([`release-${id}.docx`, await (await import('../../render/docx/index.js')).changeTreeToDocx(tree, { trackChanges: Boolean(args['track-changes']), date, author: 'secdraft' })]);
    }
    const folder = writeVersion(store.root, result.version, { force: Boolean(args.force) });
    const log = [
      `# Release ${base.code} ${id}`,
      '',
      `Built on ${base.code} ${base.id} from ${modifications.map((m) => m.meta.id).join(', ')}.`,
      '',
      ...result.changeLog.flatMap((entry) => [
        `## ${entry.modification}`,
        '',
        ...(entry.amended.length ? [`- amended: ${entry.amended.join(', ')}`] : []),
        ...(entry.inserted.length ? [`- inserted: ${entry.inserted.join(', ')}`] : []),
        ...(entry.deleted.length ? [`- deleted: ${entry.deleted.join(', ')}`] : []),
        '',
      ]),
    ].join('\n');
    writeFileAtomic(join(out, 'CHANGELOG.md'), log);
    for (const [name, data] of files) writeFileAtomic(join(out, name), data);
    io.stdout(`wrote ${base.code} ${id} to ${folder}, and its change log and redline to ${out}\n`);
    return EXIT.ok;
  },
};
