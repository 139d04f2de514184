// The data that flows through the ingest pipeline: page text → ParsedPage → LinkedArticle →
// GraphBatch (rows written by src/graph/writer.ts). Plain data only, so every stage can be
// unit-tested without Neo4j.

/** One dated item of a page, cleaned up. */
export interface ParsedItem {
  title: string;
  /** ISO-8601 with offset, local time Europe/Warsaw, e.g. "2025-04-11T00:10:00.000+02:00". */
  publishedAt: string;
  /** The date line as printed, "DD.MM.YYYY HH:MM". */
  publishedAtText: string;
  /** First paragraph of the item (empty only when the item has a title and date but no text). */
  lead: string;
  /** Paragraphs after the lead, each once, most complete copy, credits/captions/signature removed. */
  body: string[];
  /** Photo captions (any language), not part of the body. */
  captions: string[];
  /** Photo credits split off paragraphs or captions ("EPA/MAXIM SHIPENKOV"). */
  photoCredits: string[];
  /** Agency/author signature ("RMF/ps"), if any. */
  signature: string | null;
  /** True when some kept paragraph is a copy that lost its non-ASCII letters with no intact twin. */
  degraded: boolean;
  /** The item's lines exactly as they stood on the page (for audit). */
  rawText: string;
}

export interface ParsedPage {
  /** Optional section header, e.g. "Deutsche Redaktion". */
  section: string | null;
  items: ParsedItem[];
}

/**
 * Where in an article a piece of text sits. Offsets are UTF-16 code units into that field's text;
 * for 'body' that text is the body paragraphs joined with "\n\n" (what Article.body stores), for
 * 'caption' the photo captions joined the same way.
 */
export type ArticleField = 'title' | 'lead' | 'body' | 'caption';

export type EntityKind = 'PERSON' | 'COUNTRY' | 'CITY' | 'ORGANIZATION' | 'REGION';

/** What sort of region: a state or province, a historical or geographic region, a disputed area. */
export type RegionKind = 'ADMINISTRATIVE' | 'HISTORICAL' | 'GEOGRAPHIC' | 'DISPUTED';

/** How a mention names its entity: by name, by adjective ("russischen"), or by metonym ("Kreml"). */
export type MentionKind = 'NAME' | 'ADJECTIVE' | 'METONYM';

export interface Mention {
  entityId: string;
  entityKind: EntityKind;
  kind: MentionKind;
  field: ArticleField;
  start: number;
  end: number;
  surface: string;
  sentence: string;
}

/** A person found by context cues or the NER, not in the catalog. */
export interface DiscoveredPerson {
  id: string;
  name: string;
  role: string | null;
  evidence: string;
}

/** A person named in recent articles, for reading a bare surname ("Merz" after "Friedrich Merz"). */
export interface KnownPerson {
  id: string;
  name: string;
  role: string | null;
  /** Countries the article that named them mentions: a context that tells namesakes apart. */
  countryIds: string[];
}

/** An organisation named by the NER or by an institution's head noun, not in the catalog. */
export interface DiscoveredOrganization {
  id: string;
  name: string;
  evidence: string;
  /** The state it belongs to, when a country's adjective or prefix named it ("das französische Außenministerium"). */
  countryId?: string;
}

/** A place the NER named that the catalog does not know, kept with the gazetteer's or its shape's support. */
export interface DiscoveredPlace {
  id: string;
  name: string;
  evidence: string;
}

/** What a named-entity recogniser says a stretch of text is (offsets: UTF-16, into that text). */
export type SpanLabel = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

export interface NamedSpan {
  label: SpanLabel;
  start: number;
  end: number;
  text: string;
}

/** One token of a dependency parse; offsets are UTF-16 units into the sentence parsed. */
export interface ParsedToken {
  text: string;
  start: number;
  end: number;
  /** Universal part of speech (VERB, NOUN, PROPN, ADP, …). */
  pos: string;
  /** Index of the head token in the sentence's list; -1 for the root. */
  head: number;
  /** Universal Dependencies relation to the head (nsubj, obj, obl, nmod, case, conj, …). */
  rel: string;
}

/** A sentence of an article's field with its dependency parse. */
export interface SentenceParse {
  field: ArticleField;
  /** Offset of the sentence in its field's text. */
  start: number;
  tokens: ParsedToken[];
}

/** The recogniser's spans for one item's fields (body: the paragraphs joined by a blank line). */
export interface ItemSpans {
  title: NamedSpan[];
  lead: NamedSpan[];
  body: NamedSpan[];
  /** Parses of the sentences that may report a meeting, when a parser ran. */
  parses?: SentenceParse[];
}

export type MeetingKind = 'TALKS' | 'CALL' | 'VISIT' | 'SUMMIT';

/** HELD or PLANNED from tense and date; CANCELLED when a report says it was called off or moved. */
export type MeetingStatus = 'PLANNED' | 'HELD' | 'CANCELLED';

export interface ExtractedMeeting {
  /** Stable id derived from place, date and participants. */
  id: string;
  /** ISO date "YYYY-MM-DD", or null when the text gives none. */
  date: string | null;
  /** The date is the reporting article's day, not stated for the event ("ist zu Besuch in …"). */
  dateInferred?: boolean;
  status: MeetingStatus;
  kind: MeetingKind;
  placeCityId: string | null;
  placeCountryId: string | null;
  participantIds: string[];
  /** Each reporting article with its sentence and its day (YYYY-MM-DD, the date line's). */
  reports: MeetingReportRef[];
  /** The other stops of the trip this meeting was a stop of (ids of meetings of the same page). */
  tripStopIds?: string[];
}

export interface MeetingReportRef {
  articleId: string;
  evidence: string;
  /** The reporting article's day; merges compare it (absent on meetings curated by hand). */
  publishedOn?: string;
}

/** A curated entity from seeds/entities (countries come from i18n-iso-countries plus overrides). */
export interface CatalogEntity {
  /** Stable id: "person:wladimir-putin", "country:RU", "city:istanbul", "org:cnn". */
  id: string;
  kind: EntityKind;
  /** Canonical display name (German spelling, as the outlet writes it). */
  name: string;
  nameDe: string;
  nameEn: string;
  /** Other spellings and transliterations, with and without diacritics. */
  aliases: string[];
  /** Persons: role text ("Präsident Russlands"). */
  role?: string;
  /** Persons: country they act for; cities and regions: the country they lie in. */
  countryId?: string;
  /** Countries: ISO 3166-1 alpha-2. */
  isoCode?: string;
  /** Countries: adjective stems ("russisch") that match inflected adjectives ("russischen"). */
  adjectiveStems?: string[];
  /** Words that stand for the entity as an actor ("Kreml", "Moskau" → Russia). */
  metonyms?: string[];
  /** Names of this entity that are also German words or other entities' names: kept, never linked alone. */
  guardedNames?: string[];
  /** Organizations: titles of the posts held there for its country ("Außenminister"). */
  offices?: string[];
  /** Organizations that are formats or alliances: their member countries ("country:PL"). */
  memberIds?: string[];
  /** Wikidata item ("Q406" for Istanbul), where known. */
  wikidataId?: string;
  /** Cities: inhabitants, from the gazetteer. */
  population?: number;
  /** A city that is its country's capital (GeoNames PPLC). */
  capital?: boolean;
  /** Regions: what sort of region. */
  regionKind?: RegionKind;
  /** Cities and regions: WGS84 coordinates, from the gazetteer or the curated file. */
  latitude?: number;
  longitude?: number;
}

/** An article ready to be written: parsed item plus everything linked to it. */
export interface LinkedArticle {
  id: string;
  outletId: string;
  url: string | null;
  language: string;
  item: ParsedItem;
  mentions: Mention[];
  /** Parses of candidate sentences (read by the meeting extractor; not written). */
  parses?: SentenceParse[];
}

/** A statement an article attributes (src/ingest/quotes); offsets as for mentions. */
export interface ExtractedQuote {
  /** Stable id from the article, field and offset. */
  id: string;
  articleId: string;
  publishedAt: string;
  /** The statement as written, without its quotation marks. */
  text: string;
  /** In quotation marks (or a headline's statement); false for reported speech. */
  direct: boolean;
  /** The person or organisation who speaks, when the article names one. */
  speakerId: string | null;
  /** The words that stand for the speaker when nobody is named ("ein Sprecher"). */
  speakerText: string | null;
  field: ArticleField;
  start: number;
  end: number;
  sentence: string;
  /** Entities mentioned inside the statement. */
  aboutIds: string[];
}

/** A post a person holds or held according to one article (src/ingest/quotes). */
export interface ExtractedPosition {
  /** Stable id from person, title and organisation or country: one node per post held. */
  id: string;
  personId: string;
  /** Nominative, as the text writes the post ("Sprecherin", "stellvertretende Vorsitzende"). */
  title: string;
  organizationId: string | null;
  /** The organisation as written, when no entity stands for it. */
  organizationName: string | null;
  countryId: string | null;
  former: boolean;
  /** The reporting article, its date and the sentence: the evidence. */
  articleId: string;
  publishedAt: string;
  sentence: string;
}

/** Everything one page contributes to the graph; written in one transaction. */
export interface PageGraph {
  outlet: { id: string; name: string };
  articles: LinkedArticle[];
  discoveredPeople: DiscoveredPerson[];
  discoveredOrganizations: DiscoveredOrganization[];
  /** Places found by the NER outside the catalog (absent when no stage found any). */
  discoveredPlaces?: DiscoveredPlace[];
  meetings: ExtractedMeeting[];
  /** Quotes of the page's articles (absent when the quotes stage did not run). */
  quotes?: ExtractedQuote[];
  /** Positions reported by the page's articles. */
  positions?: ExtractedPosition[];
}
