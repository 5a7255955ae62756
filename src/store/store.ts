/** The store on disk: one folder per consolidated version, one file per modification, per code. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compareClauseNumbers } from '../model/clause-number.js';
import type { Modification, SectionFile, SourcePosition, Version } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { numberingScheme } from '../model/numbering-scheme.js';
import { decodeUtf8 } from '../parse/decode-utf8.js';
import { parseModificationFile } from '../parse/modification-file.js';
import { parseSectionFile } from '../parse/section-file.js';
import { applyModification } from './apply-modification.js';
import { checkStoreRef } from './store-name.js';

/** Where a version or a modification lives in the store. */
export interface StoreEntry {
  readonly code: string;
  readonly id: string;
  /** Store-relative paths of its files. */
  readonly files: readonly string[];
}

/** A store opened at a folder (default ./clauses). */
export interface Store {
  /** The store's folder. */
  readonly root: string;
  /** Every version, per code, oldest first. */
  readonly versions: readonly StoreEntry[];
  /** Every modification, per code, by id. */
  readonly modifications: readonly StoreEntry[];
  /** Loads and checks a version; `id` may be "6.17" or "SEC/6.17". */
  loadVersion(id: string): Version;
  /** Loads a modification by id. */
  loadModification(id: string): Modification;
  /** A version, or a modification consolidated into its base: the tree `show --mod` and `check --mod` see. */
  resolve(ref: { at?: string; mod?: string }): Version;
}

const MODIFICATIONS = 'modifications';

const visible = (name: string) => !name.startsWith('.');

/** Orders version ids naturally: 6.9 < 6.10 < 6.17 < 6.17.1. */
export function compareVersionIds(a: string, b: string): number {
  return compareClauseNumbers(a, b);
}

/** Opens the store at `root`; reads the folder layout now and the files when asked. */
export function openStore(root: string): Store {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new InputError(undefined, `no store at ${root}`, 'run from the project folder, or point --store at a folder holding <CODE>/<version>/<Section>.md');
  }
  const rel = (path: string) => relative(process.cwd(), path) || path;
  const versions: StoreEntry[] = [];
  const modifications: StoreEntry[] = [];
  // Dot-names are the store's own (its lock, the temps of a write in progress), never a code or a version.
  for (const code of readdirSync(root).filter(visible).sort()) {
    const codeDir = join(root, code);
    if (!statSync(codeDir).isDirectory()) continue;
    for (const name of readdirSync(codeDir).filter(visible).sort(compareVersionIds)) {
      const dir = join(codeDir, name);
      if (!statSync(dir).isDirectory()) continue;
      const files = readdirSync(dir).filter((f) => visible(f) && f.endsWith('.md')).sort().map((f) => rel(join(dir, f)));
      if (name === MODIFICATIONS) {
        for (const file of files) modifications.push({ code, id: file.replace(/^.*[\\/]/, '').replace(/\.md$/, ''), files: [file] });
      } else {
        versions.push({ code, id: name, files });
      }
    }
  }
  const cache = new Map<string, Version>();

  const findEntry = (list: readonly StoreEntry[], id: string, what: 'version' | 'modification', hint: string): StoreEntry => {
    const { code, id: bare } = checkStoreRef(id, `${what} id`);
    const found = list.filter((e) => e.id === bare && (code === undefined || e.code === code));
    if (found.length === 0) throw new InputError(undefined, `no ${what} '${id}' in the store at ${root}`, hint);
    if (found.length > 1) throw new InputError(undefined, `${what} '${id}' exists in several codes`, `name the code: ${found.map((e) => `${e.code}/${e.id}`).join(' or ')}`);
    return found[0] as StoreEntry;
  };
  const known = (list: readonly StoreEntry[]) => list.map((e) => e.id).join(', ') || 'none';

  const store: Store = {
    root,
    versions,
    modifications,
    loadVersion(id) {
      const entry = findEntry(versions, id, 'version', `known versions: ${known(versions)}`);
      const key = `${entry.code}/${entry.id}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const files = entry.files.map((file) => checkSectionFile(parseSectionFile(decodeUtf8(readFileSync(file), file), file), entry));
      checkUniqueNumbers(files);
      const modifications = files[0]?.meta.modifications ?? [];
      const effective = files.find((f) => f.meta.effective)?.meta.effective;
      const version: Version = {
        type: 'version',
        code: entry.code,
        id: entry.id,
        extract: files.some((f) => f.meta.extract),
        modifications,
        ...(effective !== undefined ? { effective } : {}),
        files: files.sort((a, b) => compareClauseNumbers(a.section.id, b.section.id)),
      };
      cache.set(key, version);
      return version;
    },
    loadModification(id) {
      const entry = findEntry(modifications, id, 'modification', `known modifications: ${known(modifications)}`);
      const file = entry.files[0] as string;
      const modification = parseModificationFile(decodeUtf8(readFileSync(file), file), file, entry.code);
      if (modification.meta.id !== entry.id) {
        throw new InputError({ file, line: 2, column: 1 }, `front matter id '${modification.meta.id}' disagrees with the file name`, `rename the file ${modification.meta.id}.md or correct the id`);
      }
      return modification;
    },
    resolve({ at, mod }) {
      if (mod !== undefined) {
        const modification = store.loadModification(mod);
        const baseId = `${modification.meta.code}/${modification.meta.base}`;
        if (!versions.some((e) => e.code === modification.meta.code && e.id === modification.meta.base)) {
          throw new InputError(modification.basePosition, `${modification.meta.id} is drafted against version ${modification.meta.base}, which the store does not hold`, `add clauses/${modification.meta.code}/${modification.meta.base}/ or correct base:`);
        }
        return applyModification(store.loadVersion(baseId), modification);
      }
      if (at !== undefined) return store.loadVersion(at);
      const latest = versions.at(-1);
      if (!latest) throw new InputError(undefined, `the store at ${root} holds no version`, 'add a folder <CODE>/<version>/ with Section files');
      return store.loadVersion(`${latest.code}/${latest.id}`);
    },
  };
  return store;
}

function checkSectionFile(file: SectionFile, entry: StoreEntry): SectionFile {
  const at: SourcePosition = { file: file.file, line: 1, column: 1 };
  if (file.meta.version !== entry.id) {
    throw new InputError(at, `front matter version '${file.meta.version}' disagrees with its folder '${entry.id}'`, 'move the file into the folder of its version, or correct version:');
  }
  if (file.meta.code !== entry.code) {
    throw new InputError(at, `front matter code '${file.meta.code}' disagrees with its folder '${entry.code}'`, 'move the file into the folder of its code, or correct code:');
  }
  const name = file.file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
  if (name !== file.section.id) {
    throw new InputError(at, `Section ${file.section.id} is in a file named ${name}.md`, `name the file ${file.section.id}.md`);
  }
  return file;
}

function checkUniqueNumbers(files: readonly SectionFile[]): void {
  const seen = new Map<string, SourcePosition | undefined>();
  for (const file of files) {
    // An appendix numbered 1.1, 2.3 numbers its clauses for itself (the parser holds them unique
    // within the file); the SEC's Section numbers are unique across the version.
    if (numberingScheme(file.meta.numbering)?.local) continue;
    for (const heading of file.section.headings) {
      for (const clause of heading.clauses) {
        if (seen.has(clause.number)) {
          const first = seen.get(clause.number);
          throw new InputError(clause.position, `duplicate clause number ${clause.number} (also at ${first ? `${first.file}:${first.line}` : 'another file'})`, 'renumber one of them');
        }
        seen.set(clause.number, clause.position);
      }
    }
  }
}
