import { hash } from 'node:crypto';

// Stable ids: the same input always yields the same id, so loading a page twice changes nothing.

export function shortHash(...parts: string[]): string {
  // One-shot: a Hash object per id costs more than the digest of a short text.
  return hash('sha256', parts.join('\u0000'), 'hex').slice(0, 16);
}

/**
 * An article is its publication time and its title (whitespace and case folded) — not its outlet,
 * whose name may be guessed differently by different loaders of the same page.
 */
export function articleId(publishedAt: string, title: string): string {
  return `article:${shortHash(publishedAt, title.replace(/\s+/g, ' ').trim().toLowerCase())}`;
}
