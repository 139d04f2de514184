import type { ComponentChildren } from 'preact';
import type { ArticleField } from './generated/operations';

export interface Span {
  field: ArticleField;
  start: number;
  end: number;
}

/** The field's text with the given spans (UTF-16 offsets, as stored) marked. */
export function Highlighted<S extends Span>({
  text,
  field,
  spans,
  mark = (span, marked) => <mark key={span.start}>{marked}</mark>,
}: {
  text: string;
  field: ArticleField;
  spans: S[];
  /** Draws one span; a plain <mark> unless given. */
  mark?: (span: S, marked: string) => ComponentChildren;
}) {
  const own = spans
    .filter((s) => s.field === field && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const span of own) {
    if (span.start < at) continue; // overlapping spans: the first wins
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(mark(span, text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
