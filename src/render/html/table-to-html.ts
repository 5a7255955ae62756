/** A compared table as an HTML `<table>`: each row's class says whether it was inserted or deleted, its words marked inside the cells. */
import type { CellChange, RowChange, TableChange } from '../../model/change-tree.js';
import type { TableAlign } from '../../model/clause-tree.js';
import { levelClass } from './stylesheet.js';
import { spansToHtml } from './to-html.js';

function cell(change: CellChange, tag: 'th' | 'td', align: TableAlign): string {
  const words = spansToHtml(change.text);
  const style = align ? ` style="text-align: ${align}"` : '';
  return `<${tag}${style}>${change.bold && words !== '' ? `<strong>${words}</strong>` : words}</${tag}>`;
}

function row(change: RowChange, tag: 'th' | 'td', align: readonly TableAlign[]): string {
  const kind = change.kind === 'unchanged' ? '' : ` class="${change.kind}"`;
  return `<tr${kind}>${change.cells.map((c, i) => cell(c, tag, align[i] ?? null)).join('')}</tr>`;
}

/** The table, its class naming its level (its indent) and how it changed. */
export function tableToHtml(table: TableChange, level: number, kind: string): string {
  const body = table.rows.length > 0 ? `<tbody>${table.rows.map((r) => row(r, 'td', table.align)).join('')}</tbody>` : '';
  return `<table class="table ${levelClass(level)}${kind}"><thead>${row(table.header, 'th', table.align)}</thead>${body}</table>`;
}
