/** `secdraft import-redline <annex> --base <v> --id <MPxxx>`: an Annex A -> a draft modification, its base verified. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { EXIT, type Io } from '../io.js';
import type { Store } from '../../store/store.js';
import { lockStore } from '../../store/store-lock.js';
import { checkStoreName } from '../../store/store-name.js';
import type { SourcePosition } from '../../model/clause-tree.js';
import { InputError } from '../../model/input-error.js';
import { importRedline } from '../../import/import-redline.js';
import { readAnnex } from '../../import/read-annex.js';
import type { BaseMismatch } from '../../import/verify-base.js';
import type { UnplacedParagraph } from '../../import/source-paragraph.js';
import { modificationToMarkdown } from '../../serialize/to-markdown.js';
import { writeFileAtomic } from '../../store/write-file-atomic.js';
import { readSource } from '../read-source.js';

/** "annex.txt:18" or "annex.docx:paragraph 18". */
export function placeOf(position: SourcePosition | undefined, file: string, unit: 'line' | 'paragraph'): string {
  if (!position) return file;
  return unit === 'line' ? `${position.file}:${position.line}` : `${position.file}:paragraph ${position.line}`;
}

/** Something not imported, with its place: a warning, since the words around it were. */
export function describeUnplaced(u: UnplacedParagraph, unit: 'line' | 'paragraph'): string {
  const words = u.text.length > 80 ? `${u.text.slice(0, 77)}…` : u.text;
  return `${placeOf(u.position, u.position.file, unit)}: ${u.why}${words ? ` ("${words}")` : ''}`;
}

/** One mismatch as a reviewer reads it. */
export function describeMismatch(m: BaseMismatch, base: string, place: string): string {
  if (m.annex !== undefined && m.base !== undefined) return `${place}: ${m.address} old side says "${m.annex}" where ${base} says "${m.base}"`;
  if (m.annex !== undefined) return `${place}: ${m.address} old side says "${m.annex}" where ${base} has no such words`;
  return `${place}: ${m.address} is not in the annex's old side, where ${base} says "${m.base}"`;
}

export const importRedlineCommand: CommandModule = {
  builder: (y) =>
    y
      .positional('annex', { type: 'string', describe: 'The Annex A: .docx (tracked changes, or underline and strike-through), .md or .txt' })
      .option('base', { type: 'string', demandOption: true, describe: 'Version the annex must be drafted against, e.g. 6.17' })
      .option('id', { type: 'string', demandOption: true, describe: 'Modification id, e.g. MP087' })
      .option('out', { type: 'string', describe: 'Modification file to write (default: the store, <code>/modifications/<id>.md)' })
      .option('title', { type: 'string', describe: "Title, where the annex does not state it" })
      .option('legal-text-version', { type: 'string', describe: 'Legal text version, where the annex does not state it (default 0.1)' })
      .option('classification', { type: 'string', describe: 'Classification, where the annex does not state it (default White)' })
      .option('force', { type: 'boolean', default: false, describe: 'Write the modification although its old side differs from the base (exit 1 still)' })
      .option('replace', { type: 'boolean', default: false, describe: 'Replace the modification file if it exists' }),
  async run({ args, openStore, io }) {
    const file = String(args.annex);
    const id = checkStoreName(String(args.id), 'modification id', '--id');
    const store = openStore();
    // Writing into the store holds its lock while reading the base and writing.
    const unlock = args.out === undefined ? lockStore(store.root, { command: `import-redline ${file} --id ${id}`, note: (line) => io.stderr(`${line}\n`) }) : () => undefined;
    try {
      return await importInto(store, file, id, args, io);
    } finally {
      unlock();
    }
  },
};

async function importInto(store: Store, file: string, id: string, args: Readonly<Record<string, unknown>>, io: Io): Promise<number> {
  const base = store.loadVersion(String(args.base));
  const out = String(args.out ?? join(store.root, base.code, 'modifications', `${id}.md`));
  if (existsSync(out) && !args.replace) {
    throw new InputError(undefined, `${out} already exists`, 'pass --replace to overwrite it, or --out another file');
  }
  if (args.out === undefined && !args.replace && store.modifications.some((m) => m.id === id && m.code === base.code)) {
    throw new InputError(undefined, `modification ${id} already exists in the store`, 'choose another --id, or pass --replace');
  }
  const bytes = readSource(file);
  const annex = readAnnex(bytes, file, (await import('../../import/read-docx.js')).readDocxAnnex);
  const result = importRedline(annex.paragraphs, {
    id,
    base,
    file,
    ...(args.title !== undefined ? { title: String(args.title) } : {}),
    ...(args['legal-text-version'] !== undefined ? { version: String(args['legal-text-version']) } : {}),
    ...(args.classification !== undefined ? { classification: String(args.classification) } : {}),
    ...(annex.numberSide ? { numberSide: annex.numberSide } : {}),
  });
  for (const u of [...(annex.unplaced ?? []), ...result.unplaced]) io.stderr(`${describeUnplaced(u, annex.unit)}\n`);
  const findings = result.mismatches.map((m) => describeMismatch(m, base.id, placeOf(m.position, file, annex.unit)));
  if (result.claimedBase) {
    findings.unshift(`${placeOf(result.claimedBase.position, file, annex.unit)}: the annex says it is drafted against ${base.code} Version ${result.claimedBase.version}, not ${base.id}`);
  }
  if (findings.length > 0) {
    io.stdout(`${findings.join('\n')}\n`);
    if (!args.force) {
      io.stdout(`${findings.length} difference${findings.length === 1 ? '' : 's'} from ${base.code} ${base.id}: a stale or mistyped redline; nothing written (--force writes it anyway)\n`);
      return EXIT.findings;
    }
  }
  writeFileAtomic(out, modificationToMarkdown(result.modification));
  const mod = result.modification;
  const clauses = mod.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.map((c) => c.number)));
  const parts = [
    clauses.length ? `amends or inserts ${clauses.join(', ')}` : '',
    mod.deletions.length ? `deletes ${mod.deletions.map((d) => d.number).join(', ')}` : '',
    mod.tableDeletions?.length ? `deletes the tables under ${mod.tableDeletions.map((d) => d.clause).join(', ')}` : '',
    result.context.length ? `context ${result.context.join(', ')} matches ${base.id}` : '',
  ].filter(Boolean);
  io.stdout(`wrote ${out}: draft ${mod.meta.id}, ${parts.join('; ')}\n`);
  return findings.length > 0 ? EXIT.findings : EXIT.ok;
}
