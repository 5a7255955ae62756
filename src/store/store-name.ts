/**
 * The one pattern for names that become part of a path: codes, version ids, modification ids and
 * Section letters. Checked before any path is built from them, so that no name, however typed,
 * reaches outside the store or onto a folder the store keeps for itself.
 */
import { InputError } from '../model/input-error.js';

/**
 * A name: a letter or digit, then letters, digits, `.`, `_`, `+` or `-`, at most 64 in all; not
 * holding `..`, not ending in `.`; not a folder the store reserves. ASCII only, so that two names
 * that look alike are alike on every file system (no Unicode normalisation, no case folding games).
 */
export const STORE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

/** Folder names the store keeps for itself (compared without case, for case-insensitive file systems). */
export const RESERVED_NAMES: readonly string[] = ['modifications'];

/** Names Windows will not create as files, whatever the extension. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** What a name names, for the message: "version id", "modification id", "Section letter", "code". */
export type StoreNameKind = 'version id' | 'modification id' | 'Section letter' | 'code';

/** Why `name` is not a store name, or undefined when it is one. */
export function storeNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (name.length > 64) return `is ${name.length} characters long (at most 64)`;
  if (/[/\\]/.test(name)) return 'holds a path separator';
  if (name.includes('\0')) return 'holds a NUL';
  if (name.includes('..')) return "holds '..'";
  if (name.startsWith('.')) return 'starts with a dot';
  if (name.startsWith('-')) return 'starts with a dash';
  if (!STORE_NAME.test(name)) return 'holds a character other than A-Z, a-z, 0-9, . _ + -';
  if (name.endsWith('.')) return 'ends with a dot';
  if (RESERVED_NAMES.includes(name.toLowerCase())) return 'is a folder name the store reserves';
  if (DEVICE_NAME.test(name)) return 'is a device name on Windows';
  return undefined;
}

/** Shows a name in a one-line message: control characters escaped, long names cut. */
export function quoteName(name: string): string {
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 77)}...` : name);
  return `'${shown.slice(1, -1)}'`;
}

/**
 * Returns `name` when it is a store name; otherwise throws an InputError (exit 2, one line) saying
 * what is wrong with it. `source` names where it came from (`--as`, `release <version>`) for the hint.
 */
export function checkStoreName(name: string, kind: StoreNameKind, source?: string): string {
  const problem = storeNameProblem(name);
  if (problem === undefined) return name;
  throw new InputError(
    undefined,
    `${kind} ${quoteName(name)}${source ? ` (${source})` : ''} ${problem}`,
    `a ${kind} is a letter or digit, then letters, digits, . _ + or -, at most 64, e.g. ${EXAMPLE[kind]}`,
  );
}

const EXAMPLE: Record<StoreNameKind, string> = {
  'version id': '6.17.1',
  'modification id': 'MP087',
  'Section letter': 'G',
  code: 'SEC',
};

/**
 * Checks a reference to a version or modification as commands take it: `6.17` or `SEC/6.17`
 * (code, then id). Returns the parts.
 */
export function checkStoreRef(ref: string, kind: 'version id' | 'modification id', source?: string): { code: string | undefined; id: string } {
  const slash = ref.indexOf('/');
  if (slash < 0) return { code: undefined, id: checkStoreName(ref, kind, source) };
  const code = ref.slice(0, slash);
  const id = ref.slice(slash + 1);
  // "SEC/6.17" is a reference, "../x" or "SEC/a/b" is not.
  if (storeNameProblem(code) !== undefined || id.includes('/')) checkStoreName(ref, kind, source);
  return { code, id: checkStoreName(id, kind, source) };
}
