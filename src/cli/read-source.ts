/** Reads a document a command imports, whole, as bytes; a missing or unreadable file is bad input. */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../model/input-error.js';

/** The bytes of `path`, or an InputError naming what is wrong with it. */
export function readSource(path: string): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(undefined, `no such file: ${path}`, 'name a file that exists');
  }
  if (!stat.isFile()) throw new InputError(undefined, `${path} is not a file`, 'name a .docx, .md or .txt file');
  return readFileSync(path);
}
