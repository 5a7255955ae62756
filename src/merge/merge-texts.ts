/**
 * Three-way merge of words: several modifications' versions of one base text become one text, or a
 * clash. Changes to different words merge; changes to the same words (or insertions at the same
 * point) clash unless they are identical. The result comes as spans attributed to each modification,
 * so that a release redline can say who changed what.
 */
import { diffArrays } from 'diff';
import type { Span } from '../model/change-tree.js';

/** Splits text into tokens that join back to it exactly. */
export type Tokenize = (text: string) => readonly string[];

/** One modification's version of the text. */
export interface TextEdit {
  /** The modification id. */
  readonly by: string;
  /** The text as that modification leaves it. */
  readonly text: string;
}

/** Where two modifications change the same words differently. */
export interface TextClash {
  /** The base words both touch. */
  readonly base: string;
  /** What each modification does there. */
  readonly edits: ReadonlyArray<{ readonly by: string; readonly removes: string; readonly inserts: string }>;
}

/** The merged text and its redline against the base, or the clashes. */
export type MergeTextsResult =
  | { readonly ok: true; readonly text: string; readonly spans: readonly Span[] }
  | { readonly ok: false; readonly clashes: readonly TextClash[] };

interface Hunk {
  readonly start: number;
  readonly end: number;
  readonly insert: readonly string[];
  by: string;
}

function hunksOf(base: readonly string[], edit: TextEdit, tokenize: Tokenize): Hunk[] {
  const hunks: Hunk[] = [];
  let position = 0;
  let open: { start: number; end: number; insert: string[] } | undefined;
  for (const change of diffArrays([...base], [...tokenize(edit.text)])) {
    if (!change.added && !change.removed) {
      if (open) hunks.push({ ...open, by: edit.by });
      open = undefined;
      position += change.count;
      continue;
    }
    open ??= { start: position, end: position, insert: [] };
    if (change.removed) {
      position += change.count;
      open.end = position;
    } else {
      open.insert.push(...change.value);
    }
  }
  if (open) hunks.push({ ...open, by: edit.by });
  return hunks;
}

function overlaps(a: Hunk, b: Hunk): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  // An insertion strictly inside the other's deleted words, or two deletions that share words.
  return a.start < b.end && b.start < a.end;
}

function same(a: Hunk, b: Hunk): boolean {
  return a.start === b.start && a.end === b.end && a.insert.join('') === b.insert.join('');
}

/** Merges several modifications' versions of `base`. */
export function mergeTexts(base: string, edits: readonly TextEdit[], tokenize: Tokenize): MergeTextsResult {
  const tokens = tokenize(base);
  const hunks = edits
    .filter((edit) => edit.text !== base)
    .flatMap((edit) => hunksOf(tokens, edit, tokenize))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Hunk[] = [];
  const clashes: TextClash[] = [];
  for (const hunk of hunks) {
    const twin = kept.find((k) => same(k, hunk));
    if (twin) {
      // Two modifications making the same change merge into one change, credited to both.
      if (!twin.by.split(', ').includes(hunk.by)) twin.by = `${twin.by}, ${hunk.by}`;
      continue;
    }
    const other = kept.find((k) => k.by !== hunk.by && overlaps(k, hunk));
    if (other) {
      const start = Math.min(other.start, hunk.start);
      const end = Math.max(other.end, hunk.end);
      clashes.push({
        base: tokens.slice(start, end).join(''),
        edits: [other, hunk].map((h) => ({ by: h.by, removes: tokens.slice(h.start, h.end).join(''), inserts: h.insert.join('') })),
      });
      continue;
    }
    kept.push(hunk);
  }
  if (clashes.length > 0) return { ok: false, clashes };
  const spans: Span[] = [];
  const push = (type: Span['type'], text: string, by?: string) => {
    if (text === '') return;
    const last = spans.at(-1);
    if (last && last.type === type && last.by === by) spans[spans.length - 1] = { ...last, text: last.text + text };
    else spans.push(by === undefined ? { type, text } : { type, text, by });
  };
  let position = 0;
  for (const hunk of kept) {
    push('equal', tokens.slice(position, hunk.start).join(''));
    push('delete', tokens.slice(hunk.start, hunk.end).join(''), hunk.by);
    push('insert', hunk.insert.join(''), hunk.by);
    position = Math.max(position, hunk.end);
  }
  push('equal', tokens.slice(position).join(''));
  return { ok: true, text: spans.filter((s) => s.type !== 'delete').map((s) => s.text).join(''), spans };
}
