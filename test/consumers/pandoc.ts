/** Drives pandoc, an independent Word reader, to accept or reject a .docx's tracked changes. */
import { execFileSync } from 'node:child_process';

/** The .docx as plain text with every tracked change accepted or rejected: one line per non-empty paragraph. */
export function pandocLines(docx: string, mode: 'accept' | 'reject'): string[] {
  const text = execFileSync('pandoc', [`--track-changes=${mode}`, '-f', 'docx', '-t', 'plain', '--wrap=none', docx], { encoding: 'utf8' });
  return text.split('\n').filter((line) => line !== '');
}
