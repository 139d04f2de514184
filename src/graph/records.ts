import type { ArticleRecord } from './article.js';

// Shapes the graph layer returns (plain JSON, ISO dates), shared by the batch modules and schema.

export type EntityLabel = 'Person' | 'Country' | 'City' | 'Organization' | 'Region';

export interface EntityRecord {
  id: string;
  kind: EntityLabel;
  name: string;
  /** Absent (or null) when the statement was told not to read them (entityDetails fetches them then). */
  details?: EntityDetails | null;
  /** A page of its articles, when the statement carried it (look-ahead: EntityParts.articles). */
  articles?: RecordPage<ArticleRecord> | null;
}

/** A per-parent page carried with a record, or read by a batch statement. */
export interface RecordPage<T> {
  rows: T[];
  /** Absent (or null) when not counted (totalCount not selected). */
  total?: number | null;
}

/** What most views of an entity leave out: read only when a field's selection needs them. */
export interface EntityDetails {
  nameDe: string | null;
  nameEn: string | null;
  aliases: string[];
  role: string | null;
  status: 'CURATED' | 'DISCOVERED' | null;
  isoCode: string | null;
  evidence: string | null;
}

/** Facts the catalog gives an entity, read apart from its record (entity/catalog-facts). */
export interface EntityCatalogFacts {
  wikidataId: string | null;
  population: number | null;
  latitude: number | null;
  longitude: number | null;
  /** Regions: ADMINISTRATIVE, HISTORICAL, GEOGRAPHIC or DISPUTED. */
  regionKind: string | null;
}

export interface MeetingRecord {
  id: string;
  date: string | null;
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  kind: 'TALKS' | 'CALL' | 'VISIT' | 'SUMMIT';
  /** The date is the reporting article's day, not one the text states for the meeting. */
  dateInferred: boolean;
  /** Absent (or null) when the statement was told not to read it (meetingLocations fetches it then). */
  location?: MeetingLocation | null;
  /** Absent (or null) when the statement was told not to read it (participants carried, or meetingParticipantIds fetches them). */
  participantIds?: string[] | null;
  /** The reporting sentences; absent (or null) when the statement was told not to read them (meetingEvidence fetches them then). */
  evidence?: string[] | null;
  /** Absent (or null) when the statement was told not to read them (meetingTripStopIds fetches them then). */
  tripStopIds?: string[] | null;
  /** Carried with the record when the statement was asked to (look-ahead: MeetingParts). */
  participants?: EntityRecord[] | null;
  reportedBy?: RecordPage<ArticleRecord> | null;
}

/** Where a meeting was held; either may be unknown. */
export interface MeetingLocation {
  placeId: string | null;
  countryId: string | null;
}

export interface MentionRecord {
  id: string;
  surface: string;
  field: 'title' | 'lead' | 'body' | 'caption';
  start: number;
  end: number;
  sentence: string;
  kind: 'NAME' | 'ADJECTIVE' | 'METONYM';
  entity: EntityRecord;
}

export interface OutletRecord {
  id: string;
  name: string;
}

/** One page of a per-parent list: rows plus the total, keyed by the parent. */
export interface KeyedPage<T> {
  key: string;
  rows: T[];
  /** Null when the statement was told not to count (no totalCount selected). */
  total: number | null;
}
