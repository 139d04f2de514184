import { foldLetters, shortHash } from '../ids.js';
import type { ExtractedPosition, ExtractedQuote, Mention } from '../types.js';
import {
  type FieldText,
  fieldPositions,
  type FoundPosition,
  type PositionFacts,
} from './positions.js';
import { articleQuotes } from './quotes.js';

// Quotes and positions of one article: pure, text and mentions in, plain data out. Positions
// come first, since a role in an attribution ("sagte der Minister") is resolved through them.

export interface QuoteArticle {
  id: string;
  publishedAt: string;
  title: string;
  lead: string;
  body: readonly string[];
  mentions: readonly Mention[];
}

export type { PositionFacts } from './positions.js';

export interface ArticleStatements {
  quotes: ExtractedQuote[];
  positions: ExtractedPosition[];
}

/** A position's id: one node per person, title and where it is held. */
export function positionId(
  personId: string,
  title: string,
  organization: string | null,
  countryId: string | null,
): string {
  return `position:${shortHash(personId, foldLetters(title), organization ?? '', countryId ?? '')}`;
}

function merged(found: readonly FoundPosition[]): FoundPosition[] {
  const byKey = new Map<string, FoundPosition>();
  for (const position of found) {
    const key = `${position.personId}\u0000${foldLetters(position.title)}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, { ...position });
      continue;
    }
    known.organizationId ??= position.organizationId;
    known.organizationName ??= known.organizationId ? null : position.organizationName;
    known.countryId ??= position.countryId;
    known.former ||= position.former;
  }
  return [...byKey.values()];
}

export function extractStatements(article: QuoteArticle, facts: PositionFacts): ArticleStatements {
  const fields: FieldText[] = [
    { field: 'title', text: article.title },
    { field: 'lead', text: article.lead },
    { field: 'body', text: article.body.join('\n\n') },
  ];
  const found = merged(fields.flatMap((field) => fieldPositions(field, article.mentions, facts)));
  const titles = (personId: string) => {
    const held = found
      .filter((p) => p.personId === personId)
      .map((p) => ({ title: p.title, countryId: p.countryId }));
    const curated = facts.person(personId);
    if (curated?.role)
      held.push({
        title: curated.role.split(/\s+/)[0] ?? '',
        countryId: curated.countryId ?? null,
      });
    return held;
  };
  const quotes = articleQuotes(fields, article.mentions, { titles });
  return {
    quotes: quotes.map((q) => ({
      id: `quote:${shortHash(article.id, q.field, String(q.start))}`,
      articleId: article.id,
      publishedAt: article.publishedAt,
      ...q,
    })),
    positions: found.map((p) => ({
      id: positionId(p.personId, p.title, p.organizationId ?? p.organizationName, p.countryId),
      personId: p.personId,
      title: p.title,
      organizationId: p.organizationId,
      organizationName: p.organizationName,
      countryId: p.countryId,
      former: p.former,
      articleId: article.id,
      publishedAt: article.publishedAt,
      sentence: p.sentence,
    })),
  };
}
