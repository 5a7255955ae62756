/** Reads the YAML front matter of a clause or modification file, keeping each key's position for errors. */
import { createRequire } from 'node:module';
import type { Node as YamlNode } from 'yaml';
import type { SourcePosition } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { NUMBERING_PRESETS, PRESET_NAME } from '../model/numbering-scheme.js';
import { readCanonicalFrontMatter } from './read-canonical-front-matter.js';
import { refuseControlCharacters } from './refuse-control-characters.js';

// The yaml package (73 modules) loads only for front matter that is not in canonical form.
const require = createRequire(import.meta.url);

/** One front-matter entry: its value as YAML gave it, and where its key stands. */
export interface FrontMatterEntry {
  readonly value: unknown;
  readonly position: SourcePosition;
  /** Positions of a list value's items, for errors about one item. */
  readonly itemPositions: readonly SourcePosition[];
}

/** The front matter and the body after it. */
export interface FrontMatter {
  readonly entries: ReadonlyMap<string, FrontMatterEntry>;
  /** The body's lines (the text after the closing `---`). */
  readonly bodyLines: readonly string[];
  /** 1-based line number of bodyLines[0] in the file. */
  readonly bodyStartLine: number;
}

/** Splits off and parses the front matter; every file secdraft reads starts with one. */
export function readFrontMatter(text: string, file: string): FrontMatter {
  // A byte-order mark is read past (and dropped by fmt --write): it is no part of the text.
  const body = text.replace(/^\uFEFF/, '');
  refuseControlCharacters(body, file);
  // split('\n') is a native scan; the pattern is needed only for files with CRLF line ends.
  const lines = body.includes('\r') ? body.split(/\r?\n/) : body.split('\n');
  if (lines[0] !== '---') {
    throw new InputError(
      { file, line: 1, column: 1 },
      'missing front matter',
      'start the file with a --- line, the keys code, version, section and title, and a closing --- line',
    );
  }
  const close = lines.indexOf('---', 1);
  if (close < 0) {
    throw new InputError({ file, line: 1, column: 1 }, 'front matter is never closed', 'end it with a line that holds only ---');
  }
  const yamlLines = lines.slice(1, close);
  const entries = readCanonicalFrontMatter(yamlLines, file) ?? yamlEntries(yamlLines.join('\n'), file);
  return { entries, bodyLines: lines.slice(close + 1), bodyStartLine: close + 2 };
}

/** The entries of front matter in any YAML form, through the yaml package. */
export function yamlEntries(yamlText: string, file: string): Map<string, FrontMatterEntry> {
  const { LineCounter, isMap, isScalar, isSeq, parseDocument } = require('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + 1, column: col };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    throw new InputError(at(firstError.pos[0]), `front matter is not valid YAML: ${firstError.message.split('\n')[0]}`, 'write one key: value per line');
  }
  const entries = new Map<string, FrontMatterEntry>();
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new InputError({ file, line: 2, column: 1 }, 'front matter is not a list of keys', 'write one key: value per line');
  }
  for (const pair of doc.contents?.items ?? []) {
    const key = pair.key as YamlNode | null;
    if (!isScalar(key) || typeof key.value !== 'string') {
      throw new InputError({ file, line: 2, column: 1 }, 'front matter key is not a plain name', 'write one key: value per line');
    }
    const value = pair.value as YamlNode | null;
    const itemPositions = isSeq(value)
      ? value.items.map((item) => at((item as YamlNode).range?.[0] ?? key.range?.[0] ?? 0))
      : [];
    entries.set(key.value, {
      value: value === null ? null : value.toJSON(),
      position: at(key.range?.[0] ?? 0),
      itemPositions,
    });
  }
  return entries;
}

/** Checks that only `allowed` keys appear and that `required` ones do. */
export function checkKeys(
  frontMatter: FrontMatter,
  file: string,
  required: readonly string[],
  optional: readonly string[],
): void {
  const allowed = [...required, ...optional];
  for (const [key, entry] of frontMatter.entries) {
    if (!allowed.includes(key)) {
      throw new InputError(entry.position, `unknown front matter key '${key}'`, `use only ${allowed.join(', ')}`);
    }
  }
  for (const key of required) {
    if (!frontMatter.entries.has(key)) {
      throw new InputError({ file, line: 1, column: 1 }, `front matter lacks '${key}'`, `add a line '${key}: ...' to the front matter`);
    }
  }
}

/** A string-valued key; numbers are refused so that version "6.10" never silently becomes 6.1. */
export function stringKey(frontMatter: FrontMatter, key: string): string | undefined {
  const entry = frontMatter.entries.get(key);
  if (!entry) return undefined;
  if (typeof entry.value !== 'string' || entry.value.trim() === '') {
    throw new InputError(entry.position, `front matter '${key}' must be text`, `quote it: ${key}: "${String(entry.value ?? '')}"`);
  }
  return entry.value;
}

/** A yyyy-mm-dd date key. */
export function dateKey(frontMatter: FrontMatter, key: string): string | undefined {
  const value = stringKey(frontMatter, key);
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new InputError(frontMatter.entries.get(key)!.position, `front matter '${key}' is not a date`, `write it as yyyy-mm-dd, e.g. 2019-11-04`);
  }
  return value;
}

/** A true/false key. */
export function booleanKey(frontMatter: FrontMatter, key: string): boolean | undefined {
  const entry = frontMatter.entries.get(key);
  if (!entry) return undefined;
  if (typeof entry.value !== 'boolean') {
    throw new InputError(entry.position, `front matter '${key}' must be true or false`, `write ${key}: true or ${key}: false`);
  }
  return entry.value;
}

/** A list-of-strings key, with each item's position. */
export function listKey(
  frontMatter: FrontMatter,
  key: string,
): Array<{ value: string; position: SourcePosition }> | undefined {
  const entry = frontMatter.entries.get(key);
  if (!entry) return undefined;
  if (!Array.isArray(entry.value) || entry.value.some((item) => typeof item !== 'string')) {
    throw new InputError(entry.position, `front matter '${key}' must be a list of text items`, `write it as ${key}: [G3.22, G3.23] or one '- G3.22' per line`);
  }
  return (entry.value as string[]).map((value, i) => ({ value, position: entry.itemPositions[i] ?? entry.position }));
}

/** The `numbering:` key: a preset's name (decimal, sec-section, ...) or a clause-number pattern. */
export function numberingKey(frontMatter: FrontMatter): string | undefined {
  const numbering = stringKey(frontMatter, 'numbering');
  if (numbering === undefined) return undefined;
  const position = frontMatter.entries.get('numbering')!.position;
  const presets = Object.keys(NUMBERING_PRESETS).join(', ');
  if (PRESET_NAME.test(numbering)) {
    if (!(numbering in NUMBERING_PRESETS)) throw new InputError(position, `unknown numbering '${numbering}'`, `name one of ${presets}, or write a clause-number pattern such as "\\d+(?:\\.\\d+)*"`);
    return numbering;
  }
  try {
    new RegExp(numbering);
  } catch {
    throw new InputError(position, `numbering '${numbering}' is not a regular expression`, `name one of ${presets}, or write a pattern such as "\\d+(?:\\.\\d+)*"`);
  }
  return numbering;
}
