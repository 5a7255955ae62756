/**
 * Redline -> terminal text: insertions green and underlined, deletions red and struck through; with
 * colour off (a pipe, or NO_COLOR), git's word-diff marks `{+…+}` and `[-…-]`, so that the marks
 * survive.
 */
import type { ChangeTree, RowChange, Span, TableChange } from '../../model/change-tree.js';
import { changeTreeParagraphs, type RedlineParagraph } from '../redline-paragraphs.js';

/** Options of the terminal renderer. */
export interface ToTerminalOptions {
  /** ANSI colours (a terminal without NO_COLOR) or plain marks. */
  readonly color: boolean;
  /** Show only the clauses that changed (default true). */
  readonly changedOnly?: boolean;
}

function spansToTerminal(spans: readonly Span[], color: boolean): string {
  return spans
    .map((s) => {
      if (s.type === 'equal') return s.text;
      if (color) return s.type === 'insert' ? `\x1b[4;32m${s.text}\x1b[0m` : `\x1b[9;31m${s.text}\x1b[0m`;
      return s.type === 'insert' ? `{+${s.text}+}` : `[-${s.text}-]`;
    })
    .join('');
}

/**
 * A table's rows as `| cell | cell |` lines. A whole inserted or deleted row is one mark around the
 * line (`{+| … |+}`, `[-| … |-]`), so that accepting or rejecting it removes the line, not just its words.
 */
function tableLines(table: TableChange, indent: string, color: boolean): string {
  const row = (r: RowChange, header: boolean) => {
    if (r.kind === 'inserted' || r.kind === 'deleted') {
      const plain = `| ${r.cells.map((c) => c.text.map((s) => s.text).join('')).join(' | ')} |`;
      return `${indent}${spansToTerminal([{ type: r.kind === 'inserted' ? 'insert' : 'delete', text: plain }], color)}`;
    }
    const words = `| ${r.cells.map((c) => spansToTerminal(c.text, color)).join(' | ')} |`;
    return `${indent}${header && color ? `\x1b[1m${words}\x1b[0m` : words}`;
  };
  return [row(table.header, true), ...table.rows.map((r) => row(r, false))].join('\n');
}

function line(p: RedlineParagraph, color: boolean): string {
  const lead = spansToTerminal(p.lead, color);
  const words = spansToTerminal(p.spans, color);
  const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[0m` : text);
  switch (p.role) {
    case 'heading':
      return `\n${bold(words)}`;
    case 'crossHeading':
      return bold(words);
    case 'clause':
      return `${lead}${words ? ` ${words}` : ''}`;
    case 'paragraph':
    case 'definition':
      return `${'    '.repeat(p.level)}${lead}${words ? `${p.role === 'paragraph' ? ' ' : ''}${words}` : ''}`;
    case 'text':
      return `${'    '.repeat(p.level)}${words}`;
    case 'table':
      return p.table ? tableLines(p.table, '    '.repeat(p.level), color) : '';
    default:
      return words;
  }
}

/** A whole-version redline for the terminal: `secdraft diff`. */
export function changeTreeToTerminal(tree: ChangeTree, options: ToTerminalOptions): string {
  const paragraphs = changeTreeParagraphs(tree, { changedOnly: options.changedOnly ?? true });
  const head = `${tree.code} ${tree.base} -> ${tree.amended}`;
  return `${[options.color ? `\x1b[1m${head}\x1b[0m` : head, ...paragraphs.map((p) => line(p, options.color))].join('\n')}\n`;
}
