/**
 * A licence from /usr/share/common-licenses as one Section of clause Markdown, parsed by the real
 * parser: a real pair of legal texts for tests (MPL-1.1 -> MPL-2.0, GPL-2 -> GPL-3). The words are
 * the licence's own, with white space folded; the shape is this converter's. A paragraph opening
 * with a number ("1.1.", "3.") is a clause (numbered `1.1`, `3`), one opening "(a)", "a)" or "A." an
 * item of it, an underlined numbered title a cross-heading (whose prose, where it has no clause
 * number, takes the title's), any other paragraph the clause's closing words; what stands before
 * the first clause (the title, a preamble) or under an unnumbered title (an exhibit) is left out.
 */
import { readFileSync } from 'node:fs';
import type { Version } from '../../src/model/clause-tree.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { escapeText } from '../../src/serialize/escape-text.js';

const NUMBERING = /^\d+(?:\.\d+)*/;
const CLAUSE = /^(\d+(?:\.\d+)*)\.\s+(\S.*)$/;
const ITEM = /^(?:\(([a-z]{1,2})\)|([a-z])\)|([A-Z])\.)\s+(\S.*)$/;

/** The licence at `path` as clause Markdown of version `version`. */
export function licenceMarkdown(path: string, version: string): string {
  const out = ['---', 'code: LICENCE', `version: "${version}"`, 'section: L', 'title: Licence', `numbering: "\\\\d+(?:\\\\.\\\\d+)*"`, `source: "${path}, converted for a test"`, '---', '', '# Section L: Licence'];
  let inClause = false;
  // A numbered heading whose words open without a clause number ("4. Inability to Comply", then
  // prose) gives that prose its number.
  let headingNumber: string | undefined;
  for (const block of readFileSync(path, 'utf8').split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) continue;
    const underlined = lines.length > 1 && /^[-=]{3,}$/.test(lines.at(-1)!);
    const words = (underlined ? lines.slice(0, -1) : lines).filter((l) => !/^[-=]{3,}$/.test(l)).join(' ').replace(/\s+/g, ' ');
    if (words === '') continue;
    let m: RegExpExecArray | null;
    if (underlined) {
      // Unnumbered titles (the licence's name, an exhibit) end the clauses: what follows is left out.
      headingNumber = /^(\d+)\.\s/.exec(words)?.[1];
      inClause = false;
      if (headingNumber !== undefined) out.push('', `## ${escapeText(words.replace(/^\d+\.\s+/, ''), false)}`);
    } else if ((m = CLAUSE.exec(words))) {
      out.push('', `${m[1]} ${escapeText(m[2]!, false)}`);
      inClause = true;
    } else if (!inClause && headingNumber !== undefined) {
      out.push('', `${headingNumber} ${escapeText(words, false)}`);
      inClause = true;
    } else if (inClause && (m = ITEM.exec(words))) {
      out.push('', `- (${m[1] ?? m[2] ?? m[3]}) ${escapeText(m[4]!, false)}`);
    } else if (inClause) {
      out.push('', escapeText(words, true, NUMBERING));
    }
  }
  return `${out.join('\n')}\n`;
}

/** The licence at `path` as a one-Section version. */
export function licenceVersion(path: string, version: string): Version {
  const file = parseSectionFile(licenceMarkdown(path, version), `${path.split('/').at(-1)}.md`);
  return { type: 'version', code: 'LICENCE', id: version, extract: false, modifications: [], files: [file] };
}
