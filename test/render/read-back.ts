/**
 * Reads each rendered format back as clause lines, with all changes accepted or all rejected, the
 * way a reader of that format would: Markdown marks, the HTML DOM, Word's runs. The expected lines
 * come straight from a clause tree, independently of compare and render.
 */
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Block, Table, Version } from '../../src/model/clause-tree.js';
import { DELETED_ROW_TINT, INSERTED_ROW_TINT } from '../../src/render/docx/table.js';

export type Side = 'accept' | 'reject';

/** A table row's line: "| cell | cell |". */
export function rowLine(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function tableLines(table: Table): string[] {
  return [table.header, ...table.rows].map((row) => rowLine(row.cells.map((c) => c.text)));
}

/** The clause lines of a version: "G3.17 words", "(a) words", "Term means ...", "closing words", "| cell | cell |" per table row. */
export function versionLines(version: Version): string[] {
  const lines: string[] = [];
  const blocks = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === 'table') {
        lines.push(...tableLines(b));
        continue;
      }
      if (b.type === 'text') lines.push(b.text);
      else if (b.type === 'paragraph') lines.push(b.text ? `(${b.label}) ${b.text}` : `(${b.label})`);
      else lines.push(`${b.term}${b.text}`);
      if (b.type !== 'text') blocks(b.children);
    }
  };
  for (const file of version.files) {
    for (const heading of file.section.headings) {
      for (const table of heading.tables ?? []) lines.push(...tableLines(table));
      for (const clause of heading.clauses) {
        lines.push(clause.text ? `${clause.number} ${clause.text}` : clause.number);
        blocks(clause.children);
      }
    }
  }
  return lines;
}

function join(lead: string, words: string, separator: string): string {
  return lead === '' ? words : words === '' ? lead : `${lead}${separator}${words}`;
}

/** Undoes escapeMarkdown. */
function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Markdown redline -> clause lines. */
export function markdownLines(markdown: string, side: Side): string[] {
  const resolve = (text: string) =>
    unescape(
      text
        .replace(/<ins>([\s\S]*?)<\/ins>/g, (_, t: string) => (side === 'accept' ? t : ''))
        .replace(/<del>([\s\S]*?)<\/del>/g, (_, t: string) => (side === 'reject' ? t : ''))
        .replace(/~~([\s\S]*?)~~/g, (_, t: string) => (side === 'reject' ? t : '')),
    );
  const lines: string[] = [];
  for (const raw of markdown.split('\n\n')) {
    const line = raw.replace(/\n$/, '');
    let m: RegExpExecArray | null;
    if (/^ *\|/.test(line) && /^ *\|[ :|-]+\|$/.test(line.split('\n')[1] ?? '')) {
      lines.push(...markdownTableLines(line, side, resolve));
    } else if ((m = /^\*\*(.*?)\*\*(?: (.*))?$/s.exec(line)) && /^(<ins>|<del>|~~)?[A-Z]?\d/.test(m[1] as string)) {
      lines.push(join(resolve(m[1] as string), resolve(m[2] ?? ''), ' '));
    } else if ((m = /^ *- \*\*(.*?)\*\*(.*)$/s.exec(line))) {
      lines.push(resolve(`${m[1]}${m[2]}`));
    } else if ((m = /^ *- (.*)$/s.exec(line))) {
      const item = m[1] as string;
      const label = /^((?:<ins>|<del>|~~)?\((?:[^)]*)\)(?:<\/ins>|<\/del>|~~)?(?:(?:<ins>|<del>|~~)?\)(?:<\/ins>|<\/del>|~~)?)?)(?: (.*))?$/s.exec(item);
      lines.push(label ? join(resolve(label[1] as string), resolve(label[2] ?? ''), ' ') : resolve(item));
    } else if (!/^(#|\*|This document is classified)/.test(line)) {
      lines.push(resolve(line.trimStart()));
    }
  }
  return lines.filter((l) => l !== '' && l !== '()');
}

/** Cells of a Markdown table row, split at pipes that are not escaped. */
function markdownCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const text = row.trim().slice(1);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      cell += text.slice(i, i + 2);
      i++;
    } else if (text[i] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += text[i];
  }
  return cells;
}

/**
 * A Markdown redline table -> its row lines. A row inserted or deleted whole is one whose every
 * cell is wholly inside marks of that kind (an empty cell carries an empty mark); the reader
 * drops such a row on the other side.
 */
function markdownTableLines(block: string, side: Side, resolve: (text: string) => string): string[] {
  const whole = (cell: string, kind: 'ins' | 'del') => {
    const marks = kind === 'ins' ? /<ins>[\s\S]*?<\/ins>/g : /<del>[\s\S]*?<\/del>|~~[\s\S]*?~~/g;
    return cell.match(marks) !== null && cell.replace(marks, '') === '';
  };
  const out: string[] = [];
  for (const row of block.split('\n').filter((_, i) => i !== 1)) {
    const cells = markdownCells(row).map((c) => (/^\*\*[\s\S]*\*\*$/.test(c) ? c.slice(2, -2) : c));
    if (side === 'accept' && cells.every((c) => whole(c, 'del'))) continue;
    if (side === 'reject' && cells.every((c) => whole(c, 'ins'))) continue;
    out.push(rowLine(cells.map(resolve)));
  }
  return out;
}

/** HTML redline -> clause lines, through the DOM. */
export function htmlLines(html: string, side: Side): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const text = (node: XmlNode): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    const name = (node as XmlElement).nodeName?.toLowerCase();
    if ((name === 'ins' && side === 'reject') || (name === 'del' && side === 'accept')) return '';
    return Array.from(node.childNodes).map(text).join('');
  };
  const lines: string[] = [];
  for (const p of Array.from(doc.getElementsByTagName('*')).filter((e) => e.nodeName.toLowerCase() === 'p' || e.nodeName.toLowerCase() === 'tr')) {
    if (p.nodeName.toLowerCase() === 'tr') {
      const kind = p.getAttribute('class') ?? '';
      if ((kind === 'deleted' && side === 'accept') || (kind === 'inserted' && side === 'reject')) continue;
      lines.push(rowLine(Array.from(p.childNodes).map(text)));
      continue;
    }
    const cls = p.getAttribute('class') ?? '';
    if (!/^(clause|paragraph|definition|text)\b/.test(cls)) continue;
    const lead = Array.from(p.getElementsByTagName('span')).find((s) => s.getAttribute('class') === 'lead');
    const leadText = lead ? text(lead) : '';
    const words = Array.from(p.childNodes).filter((n) => n !== lead).map(text).join('');
    lines.push(cls.startsWith('definition') ? `${leadText}${words}` : join(leadText, words, ' '));
  }
  return lines.filter((l) => l !== '' && l !== '()');
}

/** The XML of word/document.xml. */
export function documentXml(docx: Uint8Array): string {
  return new TextDecoder().decode(unzipSync(docx)['word/document.xml']);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Word redline -> clause lines, walking the runs: visual marks or tracked revisions. */
export function docxLines(docx: Uint8Array, side: Side): string[] {
  const doc = new DOMParser().parseFromString(documentXml(docx), 'text/xml');
  const lines: string[] = [];
  for (const p of Array.from(doc.getElementsByTagNameNS(W, '*')).filter((e) => e.localName === 'p' || e.localName === 'tr')) {
    if (p.localName === 'tr') {
      lines.push(...docxRowLines(p, side));
      continue;
    }
    const style = p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '';
    if (!/^Sec(Clause|Paragraph|Text)/.test(style)) continue;
    let line = '';
    for (const run of Array.from(p.getElementsByTagNameNS(W, 'r'))) {
      const parent = (run.parentNode as unknown as XmlElement).localName;
      const props = run.getElementsByTagNameNS(W, 'rPr')[0];
      const struck = props?.getElementsByTagNameNS(W, 'strike').length ?? 0;
      const underlined = props?.getElementsByTagNameNS(W, 'u').length ?? 0;
      const inserted = parent === 'ins' || underlined > 0;
      const deleted = parent === 'del' || struck > 0;
      if ((inserted && side === 'reject') || (deleted && side === 'accept')) continue;
      for (const child of Array.from(run.childNodes) as unknown as XmlElement[]) {
        if (child.localName === 't' || child.localName === 'delText') line += child.textContent ?? '';
        if (child.localName === 'tab') line += '\t';
      }
    }
    const [lead, ...rest] = line.split('\t');
    lines.push(rest.length > 0 ? join(lead ?? '', rest.join('\t'), ' ') : line);
  }
  return lines.filter((l) => l !== '' && l !== '()');
}

/**
 * A Word table row -> its line, or none where the row itself is gone on `side`: tracked, by
 * w:trPr/w:ins or w:del; visual, by the tint of a row inserted or deleted whole.
 */
function docxRowLines(tr: XmlElement, side: Side): string[] {
  const props = tr.getElementsByTagNameNS(W, 'trPr')[0];
  const fill = tr.getElementsByTagNameNS(W, 'shd')[0]?.getAttributeNS(W, 'fill');
  const inserted = (props?.getElementsByTagNameNS(W, 'ins').length ?? 0) > 0 || fill === INSERTED_ROW_TINT;
  const deleted = (props?.getElementsByTagNameNS(W, 'del').length ?? 0) > 0 || fill === DELETED_ROW_TINT;
  if ((deleted && side === 'accept') || (inserted && side === 'reject')) return [];
  const cells = Array.from(tr.getElementsByTagNameNS(W, 'tc')).map((tc) => {
    let text = '';
    for (const run of Array.from(tc.getElementsByTagNameNS(W, 'r'))) {
      const parent = (run.parentNode as unknown as XmlElement).localName;
      const runProps = run.getElementsByTagNameNS(W, 'rPr')[0];
      const isInserted = parent === 'ins' || (runProps?.getElementsByTagNameNS(W, 'u').length ?? 0) > 0;
      const isDeleted = parent === 'del' || (runProps?.getElementsByTagNameNS(W, 'strike').length ?? 0) > 0;
      if ((isInserted && side === 'reject') || (isDeleted && side === 'accept')) continue;
      for (const child of Array.from(run.childNodes) as unknown as XmlElement[]) if (child.localName === 't' || child.localName === 'delText') text += child.textContent ?? '';
    }
    return text;
  });
  return [rowLine(cells)];
}

/** Terminal redline (plain marks) -> its lines, with changes accepted or rejected. */
export function terminalLines(text: string, side: Side): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\{\+([\s\S]*?)\+\}/g, (_, t: string) => (side === 'accept' ? t : '')).replace(/\[-([\s\S]*?)-\]/g, (_, t: string) => (side === 'reject' ? t : '')))
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '()');
}
