/**
 * Reads each rendered format back as clause lines, with all changes accepted or all rejected, the
 * way a reader of that format would: Markdown marks, the HTML DOM, Word's runs. The expected lines
 * come straight from a clause tree, independently of compare and render.
 */
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Block, Version } from '../../src/model/clause-tree.js';

export type Side = 'accept' | 'reject';

/** The clause lines of a version: "G3.17 words", "(a) words", "Term means ...", "closing words". */
export function versionLines(version: Version): string[] {
  const lines: string[] = [];
  const blocks = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === 'text') lines.push(b.text);
      else if (b.type === 'paragraph') lines.push(b.text ? `(${b.label}) ${b.text}` : `(${b.label})`);
      else lines.push(`${b.term}${b.text}`);
      if (b.type !== 'text') blocks(b.children);
    }
  };
  for (const file of version.files) {
    for (const heading of file.section.headings) {
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
    if ((m = /^\*\*(.*?)\*\*(?: (.*))?$/s.exec(line)) && /^(<ins>|<del>|~~)?[A-Z]?\d/.test(m[1] as string)) {
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
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
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
  for (const p of Array.from(doc.getElementsByTagNameNS(W, 'p'))) {
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

/** Terminal redline (plain marks) -> its lines, with changes accepted or rejected. */
export function terminalLines(text: string, side: Side): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\{\+([\s\S]*?)\+\}/g, (_, t: string) => (side === 'accept' ? t : '')).replace(/\[-([\s\S]*?)-\]/g, (_, t: string) => (side === 'reject' ? t : '')))
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '()');
}
