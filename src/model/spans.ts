/** Reading a redline's spans back: accept all changes, or reject them all. */
import type { Span } from './change-tree.js';

/** The amended text: kept and inserted spans. */
export function acceptSpans(spans: readonly Span[]): string {
  let text = '';
  for (const span of spans) if (span.type !== 'delete') text += span.text;
  return text;
}

/** The base text: kept and deleted spans. */
export function rejectSpans(spans: readonly Span[]): string {
  let text = '';
  for (const span of spans) if (span.type !== 'insert') text += span.text;
  return text;
}

/** True when any span inserts or deletes. */
export function hasChange(spans: readonly Span[]): boolean {
  return spans.some((span) => span.type !== 'equal');
}
