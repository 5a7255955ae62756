/** The Markdown files a command was pointed at: a file as it is, a folder walked in sorted order. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/input-error.js';

/** Options of markdownFiles. */
export interface MarkdownFilesOptions {
  /** Leave out `modifications/` folders (a version's Section files only). */
  readonly skipModifications?: boolean;
}

export function markdownFiles(path: string, options: MarkdownFilesOptions = {}): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(undefined, `no such file or folder: ${path}`, 'name clause files or folders that exist');
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    // Dot-names are hidden, and the temps of a write in progress (.secdraft-*) among them.
    .filter((f) => f.endsWith('.md') && !f.split(/[\\/]/).some((part) => part.startsWith('.')) && !(options.skipModifications && f.split(/[\\/]/).includes('modifications')))
    .sort()
    .map((f) => join(path, f));
}
