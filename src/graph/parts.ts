// What a statement reads of each record, and which relations the records carry: the parameter
// maps of the record fragments in cypher/fragments/ (`parts_`). The schema decides them per field
// from the field's selection (src/schema/selection.ts); a record read without a part gets it from
// a fallback statement, so a part left out costs a statement, never a wrong answer.

/** Parts of an entity record beyond id, name and kind. */
export interface EntityParts {
  /** Other names, aliases, role, status, ISO code, evidence (EntityRecord.details). */
  details: boolean;
  /** A page of the entity's articles, carried with the record (look-ahead), or null. */
  articles: ArticlePageParts | null;
  /** The meetings the entity took part in, carried with the record (look-ahead), or null. */
  meetings: MeetingParts | null;
}

/** Parts of an article record beyond id and title. */
export interface ArticleParts {
  text: boolean;
  details: boolean;
  /** publishedAt as stored: the field itself, and every cursor (made of it and the id). */
  publishedAt: boolean;
  /** The entities the article mentions, carried with the record (look-ahead), or null. */
  entities: EntityListParts | null;
}

/** Parts of a meeting record beyond its id, date, status and kind. */
export interface MeetingParts {
  /** Who took part, as ids for the entity loader: only when they are not carried as records. */
  participantIds: boolean;
  evidence: boolean;
  /** The other stops of the trip the meeting was a stop of, as ids for the meeting loader. */
  tripStopIds: boolean;
  location: boolean;
  /** The participants' records, carried with the meeting (look-ahead), or null. */
  participants: EntityParts | null;
  /** A page of the reporting articles, carried with the meeting (look-ahead), or null. */
  reportedBy: ArticlePageParts | null;
}

/** An article's entities: only those with one of `labels` (null: all). */
export interface EntityListParts {
  labels: string[] | null;
  entity: EntityParts;
}

/** One per-parent page of articles, in publishedAt order. */
export interface ArticlePageParts {
  /** Rows: one more than the page size, the extra row telling that a next page exists. */
  limit: number;
  /** The keyset cursor of the last row seen, null on a first page. */
  cursorAt: string | null;
  cursorId: string | null;
  /** Published in [from, to) (entity pages only; either may be null). */
  from: string | null;
  to: string | null;
  /** Count every match too (a scan of them all): only when totalCount is selected. */
  total: boolean;
  article: ArticleParts;
}

/** A page of all articles (article/page, article/page-desc): a per-parent page's parts and filters. */
export interface ArticleListParts extends ArticlePageParts {
  /** Entity ids the article must all mention, or null. */
  mentions: string[] | null;
  /** Lucene query over title, lead and body (already escaped), or null. */
  text: string | null;
}

export const LIGHT_ENTITY: EntityParts = Object.freeze({
  details: false,
  articles: null,
  meetings: null,
});
export const LIGHT_ARTICLE: ArticleParts = Object.freeze({
  text: false,
  details: false,
  publishedAt: false,
  entities: null,
});
// A node loader has no selection to go by: its light records keep the ids, which cost little.
export const LIGHT_MEETING: MeetingParts = Object.freeze({
  participantIds: true,
  evidence: false,
  tripStopIds: false,
  location: false,
  participants: null,
  reportedBy: null,
});
