import { shortHash } from '../ids.js';
import { fold } from '../text-fold.js';
import type { CatalogEntity, ExtractedPosition, ExtractedQuote, Mention } from '../types.js';
import {
  type FieldText,
  fieldPositions,
  type FoundPosition,
  type PositionFacts,
} from './positions.js';
import { articleQuotes } from './quotes.js';
import { FORMER, officeWord } from './words.js';

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

/**
 * A position's id: one node per person, title and where it is held (the organisation entity, or
 * the country), so the catalog's post and the articles' reports of it are one node.
 */
export function positionId(
  personId: string,
  title: string,
  organizationId: string | null,
  countryId: string | null,
): string {
  return `position:${shortHash(personId, fold(title), organizationId ?? '', countryId ?? '')}`;
}

/** Which organisation a title belongs to in a country, from the catalog's `offices`. */
export function officeOrganizations(
  entities: readonly CatalogEntity[],
): (title: string, countryId: string | null) => string | null {
  const offices = new Map<string, CatalogEntity[]>();
  for (const entity of entities)
    for (const title of entity.offices ?? []) {
      const key = fold(title);
      offices.set(key, [...(offices.get(key) ?? []), entity]);
    }
  // Without a country a title names its organisation only when one alone has it ("Sejmmarschall").
  return (title, countryId) => {
    const holders = offices.get(fold(title)) ?? [];
    if (countryId === null) return holders.length === 1 ? (holders[0]?.id ?? null) : null;
    return holders.find((entity) => entity.countryId === countryId)?.id ?? null;
  };
}

export interface CatalogPosition {
  id: string;
  personId: string;
  title: string;
  organizationId: string | null;
  countryId: string | null;
  former: boolean;
}

/** Curated people's roles as positions ("ehemaliger Außenminister Polens" → former Außenminister, PL, MSZ). */
export function catalogPositions(entities: readonly CatalogEntity[]): CatalogPosition[] {
  const organizationOf = officeOrganizations(entities);
  return entities.flatMap((entity) => {
    if (entity.kind !== 'PERSON' || !entity.role) return [];
    const words = entity.role.replace(/\s+a\.\s?D\.$/, ' a.D.').split(/\s+/);
    const former = FORMER.test(words[0] ?? '') || words.at(-1) === 'a.D.';
    // The title is the role's first noun ("belarussische Oppositionsführerin").
    const head = words.find((word) => /^\p{Lu}/u.test(word) && !FORMER.test(word)) ?? '';
    const office = officeWord(head);
    const title = office ? office.nominative : head;
    if (!title) return [];
    const countryId = entity.countryId ?? null;
    const organizationId = organizationOf(title, countryId);
    return [
      {
        id: positionId(entity.id, title, organizationId, countryId),
        personId: entity.id,
        title,
        organizationId,
        countryId,
        former,
      },
    ];
  });
}

function merged(found: readonly FoundPosition[]): FoundPosition[] {
  const byKey = new Map<string, FoundPosition>();
  for (const position of found) {
    const key = `${position.personId}\u0000${fold(position.title)}`;
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
      id: positionId(p.personId, p.title, p.organizationId, p.countryId),
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
