import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { BREAK, type DocumentNode, Kind, visit } from 'graphql';
import type { ArticleParts } from '../graph/article.js';
import type { MeetingParts } from '../graph/records.js';
import type { QueryRunner } from '../graph/runner.js';
import type { GraphContext } from './context.js';

// Some fields are costly to read into every record of a batch: an article's text is most of its
// record (a list of fifty articles read for their titles would ship it all), a meeting's
// reporting sentences a large part of its, and an entity's details most of its. Even small fields
// cost the driver a decoded map key per record (an article's language, URL and degraded flag),
// and a per-parent total scans every match where the page stops at its limit. Batch statements
// read these only when the request's document names them anywhere. The test is by field name,
// whatever the type, so it can only err towards reading too much; a record read without them
// still answers them, through a fallback loader (one more statement, never a wrong answer), and a
// total is never missing, since asking for one names it.

/** What the batch statements of one request read beyond the light part of their records. */
export interface HeavyFields {
  /** Article lead, body, captions, photo credits and signature. */
  articleText: boolean;
  /** Meeting.evidence (the field name is shared with Person.evidence: either one reads both). */
  meetingEvidence: boolean;
  /** An article's language, URL and degraded flag (ARTICLE_DETAIL_FIELDS). */
  articleDetails: boolean;
  /** Per-parent totalCount (the count scans every match, where the page stops at its limit). */
  totalCounts: boolean;
  /** An entity's other names, aliases, role, status, ISO code and evidence (ENTITY_DETAIL_FIELDS). */
  entityDetails: boolean;
  /** An article's publishedAt, which its cursors are made of (ARTICLE_DATE_FIELDS). */
  articleDates: boolean;
  /** Where a meeting was held: its `place` and `country` (either name on any type reads it). */
  meetingLocation: boolean;
}

/** For contexts built outside a GraphQL execution: read everything. */
export const ALL_HEAVY_FIELDS: HeavyFields = Object.freeze({
  articleText: true,
  articleDetails: true,
  meetingEvidence: true,
  entityDetails: true,
  totalCounts: true,
  articleDates: true,
  meetingLocation: true,
});

/** Article fields answered from its text (src/schema/article.ts resolves them via articleTextOf). */
export const ARTICLE_TEXT_FIELDS: ReadonlySet<string> = new Set(['lead', 'body', 'text', 'captions', 'photoCredits', 'signature']);

/** Article fields answered from its details (src/schema/article.ts resolves them via articleDetailsOf). */
export const ARTICLE_DETAIL_FIELDS: ReadonlySet<string> = new Set(['language', 'url', 'degraded']);

/** Fields that need an article's publishedAt: the field itself and cursors (made of it and the id;
 * the names are those of every connection, so any cursor reads it). Formatting a stored date was
 * about a fifth of Neo4j's work on the reporting articles of a country's meetings. */
export const ARTICLE_DATE_FIELDS: ReadonlySet<string> = new Set(['publishedAt', 'cursor', 'startCursor', 'endCursor']);

/** Entity fields answered from its details (src/schema/entity.ts resolves them via entityDetailsOf).
 * Each map key an entity record carries costs the driver a string to decode, and an entity is
 * mostly read for its name: an article list's entities shipped 24 KB with these, 9 KB without. */
export const ENTITY_DETAIL_FIELDS: ReadonlySet<string> = new Set(['nameDe', 'nameEn', 'aliases', 'role', 'status', 'isoCode', 'evidence']);

// Yoga caches parsed documents, so the same DocumentNode comes back for a repeated operation.
const byDocument = new WeakMap<DocumentNode, HeavyFields>();

export function heavyFieldsOf(document: DocumentNode): HeavyFields {
  let known = byDocument.get(document);
  if (!known) {
    let articleText = false;
    let articleDetails = false;
    let meetingEvidence = false;
    let entityDetails = false;
    let totalCounts = false;
    let articleDates = false;
    let meetingLocation = false;
    visit(document, {
      [Kind.FIELD](field) {
        const name = field.name.value;
        if (ARTICLE_TEXT_FIELDS.has(name)) articleText = true;
        if (ARTICLE_DETAIL_FIELDS.has(name)) articleDetails = true;
        if (name === 'evidence') meetingEvidence = true;
        if (ENTITY_DETAIL_FIELDS.has(name)) entityDetails = true;
        if (name === 'totalCount') totalCounts = true;
        if (ARTICLE_DATE_FIELDS.has(name)) articleDates = true;
        if (name === 'place' || name === 'country') meetingLocation = true;
        const all =
          articleText && articleDetails && meetingEvidence && entityDetails && totalCounts && articleDates && meetingLocation;
        return all ? BREAK : undefined;
      },
    });
    known = Object.freeze({
      articleText,
      articleDetails,
      meetingEvidence,
      entityDetails,
      totalCounts,
      articleDates,
      meetingLocation,
    });
    byDocument.set(document, known);
  }
  return known;
}

/** The optional parts of article records that this request's statements read. */
export function articleParts(context: GraphContext): ArticleParts {
  const heavy = context.heavyFields;
  return { withText: heavy.articleText, withArticleDetails: heavy.articleDetails, withPublishedAt: heavy.articleDates };
}

/** The optional parts of meeting records that this request's statements read. */
export function meetingParts(context: GraphContext): MeetingParts {
  return { withEvidence: context.heavyFields.meetingEvidence, withLocation: context.heavyFields.meetingLocation };
}

/**
 * The request-scoped loader that fetches a part of records that were read without it: one
 * statement per batch (`read` answers by id); an id it no longer finds is an error naming the node.
 */
export function fallbackLoader<T>(
  node: 'Article' | 'Entity' | 'Meeting',
  read: (runner: QueryRunner, ids: readonly string[]) => Promise<Map<string, T>>,
) {
  return createContextCache(
    (context: GraphContext) =>
      new DataLoader<string, T>(async (ids) => {
        const found = await read(context.runner, ids);
        return ids.map((id) => found.get(id) ?? new Error(`${node} ${id} no longer exists.`));
      }),
  );
}
