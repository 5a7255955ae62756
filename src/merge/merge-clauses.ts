/**
 * Three-way merge of clauses: several modifications' versions of one base clause become one clause,
 * or clashes. Words merge through mergeTexts; paragraphs are matched by label, and the list's
 * structure (which paragraphs there are) may be changed by one modification only.
 */
import type { Span } from '../model/change-tree.js';
import { sameTable, tableWords } from '../compare/compare-tables.js';
import type { Block, Clause, Table } from '../model/clause-tree.js';
import { mergeTexts, type TextClash, type Tokenize } from './merge-texts.js';

/** One modification's version of a clause; null when it deletes the clause. */
export interface ClauseEdit {
  readonly by: string;
  readonly clause: Clause | null;
}

/** A clash inside one clause. */
export interface ClauseClash {
  /** Address of the clashing part: "G3.19", "G3.19(b)". */
  readonly address: string;
  /** What each modification does there, in words. */
  readonly edits: ReadonlyArray<{ readonly by: string; readonly removes: string; readonly inserts: string }>;
  /** Why it clashes, when it is not simply the same words changed differently. */
  readonly reason?: string;
}

/** The merged clause (null when deleted) with attributed spans per part, or the clashes. */
export type MergeClauseResult =
  | { readonly ok: true; readonly clause: Clause | null; readonly spans: ReadonlyMap<string, readonly Span[]> }
  | { readonly ok: false; readonly clashes: readonly ClauseClash[] };

/** The key a block is matched by: its label or term, or its place among the unnumbered words. */
function keysOf(blocks: readonly Block[]): string[] {
  let words = 0;
  let tables = 0;
  return blocks.map((b) => (b.type === 'paragraph' ? `(${b.label})` : b.type === 'definition' ? `"${b.term}"` : b.type === 'table' ? `#table ${++tables}` : `#${words++}`));
}

function textOf(block: Exclude<Block, Table>): string {
  return block.text;
}

/** A table merges whole: kept, or changed by one modification, or changed alike by several; otherwise a clash. */
function mergeTable(address: string, original: Table, versions: ReadonlyArray<{ by: string; block: Table }>, context: Context): Table {
  const changed = versions.filter((v) => !sameTable(v.block, original));
  const first = changed[0];
  if (!first) return original;
  if (changed.some((v) => !sameTable(v.block, first.block))) {
    context.clashes.push({ address, reason: 'both change this table', edits: changed.map((v) => ({ by: v.by, removes: '', inserts: tableWords(v.block) })) });
    return original;
  }
  return first.block;
}

interface Context {
  readonly tokenize: Tokenize;
  readonly clashes: ClauseClash[];
  readonly spans: Map<string, readonly Span[]>;
}

function mergeText(address: string, base: string, edits: ReadonlyArray<{ by: string; text: string }>, context: Context): string {
  const result = mergeTexts(base, edits, context.tokenize);
  if (!result.ok) {
    context.clashes.push(...result.clashes.map((c: TextClash) => ({ address, edits: c.edits })));
    return base;
  }
  if (result.spans.some((s) => s.type !== 'equal')) context.spans.set(address, result.spans);
  return result.text;
}

function mergeBlocks(address: string, base: readonly Block[], edits: ReadonlyArray<{ by: string; blocks: readonly Block[] }>, context: Context): Block[] {
  const baseKeys = keysOf(base).join('|');
  const restructuring = edits.filter((e) => keysOf(e.blocks).join('|') !== baseKeys);
  if (restructuring.length > 1) {
    context.clashes.push({
      address,
      reason: 'both add, remove or re-letter paragraphs here',
      edits: restructuring.map((e) => ({ by: e.by, removes: keysOf(base).filter((k) => !k.startsWith('#')).join(' '), inserts: keysOf(e.blocks).filter((k) => !k.startsWith('#')).join(' ') })),
    });
    return [...base];
  }
  // The one restructuring modification (if any) decides which blocks there are; the words of each
  // block that the base also has are merged from everyone.
  const shape = restructuring[0]?.blocks ?? base;
  const shapeKeys = keysOf(shape);
  const baseByKey = new Map(keysOf(base).map((k, i) => [k, base[i] as Block]));
  return shape.map((block, i): Block => {
    const key = shapeKeys[i] as string;
    const original = baseByKey.get(key);
    if (!original || original.type !== block.type) return block;
    const versions = edits.map((e) => ({ by: e.by, block: e.blocks[keysOf(e.blocks).indexOf(key)] })).filter((v): v is { by: string; block: Block } => v.block !== undefined && v.block.type === block.type);
    if (original.type === 'table') return mergeTable(`${address} ${key.slice(1)}`, original, versions as Array<{ by: string; block: Table }>, context);
    if (block.type === 'table') return block;
    const where = block.type === 'text' ? `${address} ${key}` : block.address;
    const text = mergeText(where, textOf(original), versions.map((v) => ({ by: v.by, text: textOf(v.block as Exclude<Block, Table>) })), context);
    if (block.type === 'text') return { ...block, text };
    const children = mergeBlocks(
      where,
      original.type === 'text' ? [] : original.children,
      versions.map((v) => ({ by: v.by, blocks: v.block.type === 'text' || v.block.type === 'table' ? [] : v.block.children })),
      context,
    );
    return { ...block, text, children };
  });
}

/** Merges several modifications' versions of `base` (undefined when each inserts a new clause). */
export function mergeClause(base: Clause | undefined, edits: readonly ClauseEdit[], tokenize: Tokenize): MergeClauseResult {
  const number = (base ?? edits.find((e) => e.clause)?.clause)?.number ?? '?';
  const deleting = edits.filter((e) => e.clause === null);
  const amending = edits.filter((e): e is { by: string; clause: Clause } => e.clause !== null);
  if (deleting.length > 0 && amending.length > 0) {
    return {
      ok: false,
      clashes: [{ address: number, reason: 'one modification deletes the clause that another amends', edits: [...deleting.map((e) => ({ by: e.by, removes: number, inserts: '' })), ...amending.map((e) => ({ by: e.by, removes: '', inserts: e.clause.text }))] }],
    };
  }
  if (amending.length === 0) return { ok: true, clause: null, spans: new Map() };
  if (!base) {
    const [first, ...rest] = amending;
    const differs = rest.filter((e) => JSON.stringify(strip(e.clause)) !== JSON.stringify(strip(first!.clause)));
    if (differs.length > 0) {
      return { ok: false, clashes: [{ address: number, reason: 'two modifications insert different clauses with the same number', edits: amending.map((e) => ({ by: e.by, removes: '', inserts: e.clause.text })) }] };
    }
    return { ok: true, clause: first!.clause, spans: new Map() };
  }
  const context: Context = { tokenize, clashes: [], spans: new Map() };
  const text = mergeText(number, base.text, amending.map((e) => ({ by: e.by, text: e.clause.text })), context);
  const children = mergeBlocks(number, base.children, amending.map((e) => ({ by: e.by, blocks: e.clause.children })), context);
  if (context.clashes.length > 0) return { ok: false, clashes: context.clashes };
  return { ok: true, clause: { ...base, text, children }, spans: context.spans };
}

function strip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'position' ? undefined : v)));
}
