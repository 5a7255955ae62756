/**
 * An Annex A as HTML (secdraft's own, or a page saved from Word) -> source paragraphs, through
 * parse5 (the WHATWG parser). Each block element is a paragraph; <ins> and <u> are inserted words,
 * <del>, <s> and <strike> deleted ones, <strong> and <b> bold; a heading's level and a class
 * (instruction, cross-heading, subtitle, level-N) say what the paragraph is.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { ParagraphHint, SourceParagraph, SourceSpan } from './source-paragraph.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'blockquote', 'td', 'th', 'dt', 'dd']);
const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript']);

function attribute(element: Element, name: string): string {
  return element.attrs.find((a) => a.name === name)?.value ?? '';
}

function hintOf(element: Element): { hint: ParagraphHint; indent?: number } {
  const classes = attribute(element, 'class').split(/\s+/);
  const level = classes.map((c) => /^level-(\d)$/.exec(c)?.[1]).find((l) => l !== undefined);
  const indent = level === undefined ? {} : { indent: Number(level) * 2 };
  if (classes.includes('instruction')) return { hint: 'instruction' };
  if (classes.includes('cross-heading')) return { hint: 'crossHeading' };
  if (classes.includes('subtitle') || classes.includes('classification')) return { hint: 'furniture' };
  if (element.tagName === 'h1') return { hint: 'furniture' };
  if (element.tagName === 'h2') return { hint: 'heading' };
  if (/^h[3-6]$/.test(element.tagName)) return { hint: 'crossHeading' };
  return { hint: 'body', ...indent };
}

/** Reads an annex in HTML into source paragraphs; positions are the elements' source lines. */
export function readAnnexHtml(html: string, file: string): SourceParagraph[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const out: SourceParagraph[] = [];
  const walk = (node: Node) => {
    if (!('tagName' in node) && !('childNodes' in node)) return;
    if ('tagName' in node) {
      if (SKIP.has(node.tagName)) return;
      // secdraft's change summary is about the annex, not part of it.
      if (node.tagName === 'section' && attribute(node, 'class').split(/\s+/).includes('summary')) return;
      if (BLOCKS.has(node.tagName) && !node.childNodes.some((c) => 'tagName' in c && BLOCKS.has(c.tagName))) {
        const spans: SourceSpan[] = [];
        inline(node, 'equal', false, spans, attribute(node, 'class').split(/\s+/).includes('definition'));
        if (spans.some((s) => s.text.trim() !== '')) {
          const line = node.sourceCodeLocation?.startLine ?? 1;
          const types = new Set(spans.filter((s) => s.text.trim() !== '').map((s) => s.type));
          out.push({
            spans,
            mark: types.size === 1 && !types.has('equal') ? ([...types][0] as SourceSpan['type']) : 'equal',
            ...hintOf(node),
            position: { file, line, column: node.sourceCodeLocation?.startCol ?? 1 },
            place: `line ${line}`,
          });
        }
        return;
      }
    }
    for (const child of (node as Element).childNodes ?? []) walk(child);
  };
  walk(document);
  return out;
}

/** A definition's term is its lead (secdraft's HTML sets it apart by class, not <strong>). */
function inline(node: Node, type: SourceSpan['type'], bold: boolean, spans: SourceSpan[], definition = false): void {
  const push = (text: string, as: SourceSpan['type']) => {
    if (text === '') return;
    const last = spans.at(-1);
    if (last && last.type === as && Boolean(last.bold) === bold) spans[spans.length - 1] = { ...last, text: last.text + text };
    else spans.push({ type: as, text, ...(bold ? { bold: true } : {}) });
  };
  if (node.nodeName === '#text') return push((node as DefaultTreeAdapterMap['textNode']).value, type);
  if (!('tagName' in node)) return;
  if (SKIP.has(node.tagName)) return;
  if (node.tagName === 'br') return push(' ', type);
  const tag = node.tagName;
  const as = tag === 'ins' || tag === 'u' ? 'insert' : tag === 'del' || tag === 's' || tag === 'strike' ? 'delete' : type;
  const lead = attribute(node, 'class').split(/\s+/).includes('lead');
  const strong = bold || tag === 'strong' || tag === 'b' || (definition && lead);
  for (const child of node.childNodes) inline(child, as, strong, spans, definition);
  // A number or label set apart by style alone (secdraft's span.lead) is followed by a space in the words.
  if (lead) {
    const was = bold;
    bold = false;
    push(' ', as);
    bold = was;
  }
}
