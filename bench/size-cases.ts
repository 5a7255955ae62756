/**
 * The size-cliff cases: one clause of 5 MB, one list of 10,000 items and one table of 10,000 rows, as a base and an amended
 * Section file each. Generated, never stored; the words are invented (a few legal-sounding phrases,
 * numbered), not SEC text, and each file's front matter says so. Used by test/size-cliffs.test.ts
 * and by the bench.
 */

const PHRASES = [
  'the User shall notify the Panel',
  'in accordance with Section G3.18',
  'where it is practicable to do so',
  'any material security vulnerability',
  'of which it becomes aware',
  'and the Security Sub-Committee may',
];

/** About `bytes` of invented words; every `amend`-th phrase reworded (0: none). */
function words(bytes: number, amend: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const phrase = amend > 0 && i % amend === amend - 1 ? `as the Panel directs (${i})` : `${PHRASES[i % PHRASES.length]} (${i})`;
    out.push(phrase);
    length += phrase.length + 2;
  }
  return `${out.join(', ')}.`;
}

function sectionFile(version: string, body: string): string {
  return `---\ncode: SEC\nversion: "${version}"\nsection: G\ntitle: Security\nsource: invented for the size test, not SEC text\n---\n\n# Section G: Security\n\n## Invented Heading\n\n${body}\n`;
}

/** Label of the k-th item (0-based): a..z, aa..zz, aaa... */
function label(k: number): string {
  let s = '';
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

/** A base and an amended Section file (version 1.0 and 2.0), in canonical form. */
export type SizeCase = readonly [base: string, amended: string];

/**
 * One clause of about 5 MB whose lead-in is one paragraph. The amended side rewords one phrase in
 * 200 in its first half and replaces about 100 KB in the middle with other words (some ten
 * thousand words changed).
 */
export function oneBigClause(bytes = 5_000_000): SizeCase {
  const base = words(bytes, 0);
  const middle = Math.floor(base.length / 2);
  const amended = `${words(bytes, 200).slice(0, middle).trimEnd()} ${words(bytes / 50, 3)} ${base.slice(middle + bytes / 50).trimStart()}`;
  return [sectionFile('1.0', `G3.17 ${base}`), sectionFile('2.0', `G3.17 ${amended}`)];
}

/**
 * One clause holding a list of `count` items, and closing words. The amended side rewords every
 * `reword`-th item (1: all of them, as a list rewritten from top to bottom), deletes every 97th and
 * inserts an item before every 101st (relettered, as a drafter would).
 */
export function oneLongList(count = 10_000, reword = 50): SizeCase {
  const items = (amend: boolean) => {
    const out: string[] = [];
    for (let k = 0, n = 0; k < count; k++) {
      if (amend && k % 97 === 0) continue;
      if (amend && k % 101 === 0) out.push(`- (${label(n++)}) an inserted item (${k});`);
      out.push(`- (${label(n++)}) ${amend && k % reword === 0 ? `as the Panel directs under Section G3.19, item ${k} of ${count}` : `${PHRASES[k % PHRASES.length]} (${k})`};`);
    }
    return out.join('\n');
  };
  const clause = (amend: boolean) => `G3.17 Each User shall:\n\n${items(amend)}\n\nin each case within one month.`;
  return [sectionFile('1.0', clause(false)), sectionFile('2.0', clause(true))];
}

/** The table's rows as canonical Markdown lines: columns padded to their widest cell, `align` per column. */
function tableLines(rows: ReadonlyArray<readonly string[]>, align: ReadonlyArray<'left' | 'right'>): string[] {
  const widths = align.map((_, i) => rows.reduce((w, cells) => Math.max(w, (cells[i] as string).length), 3));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const padded = rows.map((cells) => cells.map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number))));
  const delimiter = align.map((a, i) => (a === 'right' ? `${'-'.repeat((widths[i] as number) - 1)}:` : '-'.repeat(widths[i] as number)));
  return [line(padded[0] as string[]), line(delimiter), ...padded.slice(1).map(line)];
}

const PARTIES = ['User', 'Network Party', 'the Panel'];

/**
 * One clause holding a schedule table of `count` rows (Item | Period | Party | Notes). The amended
 * side rewrites most rows (every row but each tenth gets new notes and a new period: alike enough
 * to be the same row changed, too unlike to align in jsdiff's pass), deletes every 97th and inserts
 * a row before every 101st, as a schedule redrafted from top to bottom would be. Notes name Section
 * G3.18 or G3.19, which do not exist, so every such cell is a cross-reference finding.
 */
export function oneLongTable(count = 10_000): SizeCase {
  const rows = (amend: boolean) => {
    const out: string[][] = [['Item', 'Period', 'Party', 'Notes']];
    for (let k = 0; k < count; k++) {
      if (amend && k % 97 === 0) continue;
      if (amend && k % 101 === 0) out.push([`New item ${k}`, '30', 'User', 'as the Panel directs under Section G3.19']);
      const party = PARTIES[k % PARTIES.length] as string;
      if (amend && k % 10 !== 0) out.push([`Item ${k}`, `${10 + (k % 7)}`, party, `as the Panel directs (${k})`]);
      else out.push([`Item ${k}`, `${5 * (1 + (k % 12))}`, party, PHRASES[k % PHRASES.length] as string]);
    }
    return tableLines(out, ['left', 'right', 'left', 'left']).join('\n');
  };
  const clause = (amend: boolean) => `G3.17 Each User shall meet the targets below:\n\n${rows(amend)}\n\nin each case within one month.`;
  return [sectionFile('1.0', clause(false)), sectionFile('2.0', clause(true))];
}
