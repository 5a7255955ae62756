/** `secdraft release <new-version> <mod...>`: consolidates several modifications into a new version, or reports their clashes. */
import type { CommandModule } from '../command.js';
import { EXIT, type Io } from '../io.js';
import type { Store } from '../../store/store.js';
import type { Modification, Version } from '../../model/clause-tree.js';
import { draftField } from '../../model/draft-field.js';
import { rebaseModification } from '../../merge/rebase-modification.js';
import { releaseVersion, type ReleaseClash } from '../../merge/release-version.js';
import { compareVersionIds } from '../../store/store.js';
import { versionOutput } from '../../store/write-version.js';
import { writeOutputs, type Output } from '../../store/write-outputs.js';
import { lockStore } from '../../store/store-lock.js';
import { checkStoreName } from '../../store/store-name.js';
import { InputError } from '../../model/input-error.js';
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
      // No default: yargs would show an array positional's [] beside [required].
      .positional('mods', { type: 'string', array: true, default: undefined, describe: 'Modification ids, each once' })
      .option('out', { type: 'string', describe: 'Folder for the change log and redline (default output/release-<version>/, whose files a new run replaces)' })
      .option('format', { type: 'string', default: 'md,html,docx', describe: 'Release redline formats, comma-separated: md, html, docx' })
      .option('track-changes', { type: 'boolean', default: false, describe: 'Word: real tracked changes, each authored by its modification' })
      .option('force', { type: 'boolean', default: false, describe: 'Replace the version if it exists, and files that exist in an --out folder' }),
  async run({ args, openStore, storeDir, io }) {
    // Names first: nothing is read or locked for a name that cannot be a folder.
    const id = checkStoreName(String(args.version), 'version id', 'release <version>');
    const ids = (args.mods as unknown[]).map(String);
    const twice = ids.find((mod, i) => ids.indexOf(mod) !== i);
    if (twice !== undefined) throw new InputError(undefined, `${twice} is named twice`, 'name each modification once');
    const store = openStore();
    const unlock = lockStore(store.root, { command: `release ${id}`, note: (line) => io.stderr(`${line}\n`) });
    try {
      return await release(id, ids, { args, store, storeDir, io });
    } finally {
      unlock();
    }
  },
};

async function release(id: string, ids: readonly string[], { args, store, storeDir, io }: { args: Readonly<Record<string, unknown>>; store: Store; storeDir: string; io: Io }): Promise<number> {
  const modifications: Modification[] = ids.map((mod) => store.loadModification(mod));
  // Two spellings of one modification (MP087, SEC/MP087).
  const same = modifications.find((mod, i) => modifications.findIndex((m) => m.file === mod.file) !== i);
  if (same) throw new InputError(undefined, `${same.meta.id} is named twice`, 'name each modification once');
  for (const mod of modifications) {
    const missing = draftField(mod.meta);
    if (missing) throw new InputError({ file: mod.file, line: 1, column: 1 }, `${mod.meta.id} is a draft: its front matter has no '${missing}'`, `add ${missing === 'path' ? 'path: (Fast-Track, Self-Governance or Authority Determination)' : 'implemented: yyyy-mm-dd'} once decided, or leave ${mod.meta.id} out of the release`);
  }
  const force = Boolean(args.force);
  const existing = store.versions.find((v) => v.code === modifications[0]?.meta.code && v.id === id);
  // Said before the work, in release's own words; writeOutputs checks again as it writes.
  if (existing && !force) throw existsError(existing.code, id, store.root);
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
  const replaceOutputs = args.out === undefined || force;
  const files: Array<[string, string | Uint8Array]> = [];
  if (formats.includes('md')) files.push([`release-${id}.md`, (await import('../../render/markdown/to-markdown.js')).changeTreeToMarkdown(tree, { changedOnly: true })]);
  if (formats.includes('html')) files.push([`release-${id}.html`, (await import('../../render/html/to-html.js')).changeTreeToHtml(tree, { changedOnly: true })]);
  if (formats.includes('docx')) {
    const date = modifications.map((m) => m.meta.implemented ?? '').sort().at(-1) || base.effective || '1980-01-02';
    files.push([`release-${id}.docx`, await (await import('../../render/docx/index.js')).changeTreeToDocx(tree, { trackChanges: Boolean(args['track-changes']), date, author: 'secdraft' })]);
  }
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
  // The version and its change log and redline: all written, or none.
  const version = versionOutput(store.root, result.version, { force, source: 'release <version>' });
  const within = { folder: out, what: `the folder ${out}` };
  const outputs: Output[] = [
    { ...version, exists: () => existsError(result.version.code, id, store.root) },
    ...[['CHANGELOG.md', log] as const, ...files].map(([name, data]): Output => ({ kind: 'file', path: join(out, name), data, within, replace: replaceOutputs })),
  ];
  writeOutputs(outputs, { protect: [{ path: storeDir, what: `the store at ${storeDir}`, depth: 3 }] });
  io.stdout(`wrote ${base.code} ${id} to ${version.path}, and its change log and redline to ${out}\n`);
  return EXIT.ok;
}

function existsError(code: string, id: string, root: string): InputError {
  return new InputError(undefined, `version ${code} ${id} already exists in the store at ${root}`, `name the release another version id, or pass --force to replace ${id}`);
}
