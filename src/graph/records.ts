// Shapes the graph layer returns (plain JSON, ISO dates), shared by the batch modules and schema.

export type EntityLabel = 'Person' | 'Country' | 'City' | 'Organization';

export interface EntityRecord {
  id: string;
  kind: EntityLabel;
  name: string;
  /** Null when the statement was told not to read them (entityDetails fetches them then). */
  details: EntityDetails | null;
}

/** What most views of an entity leave out: read only when the request names one of these fields. */
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
}

export interface MeetingRecord {
  id: string;
  date: string | null;
  status: 'PLANNED' | 'HELD';
  kind: 'TALKS' | 'CALL' | 'VISIT' | 'SUMMIT';
  /** Null when the statement was told not to read it (meetingLocations fetches it then). */
  location: MeetingLocation | null;
  participantIds: string[];
  /** The reporting sentences; null when the statement was told not to read them (meetingEvidence fetches them then). */
  evidence: string[] | null;
}

/** Where a meeting was held; either may be unknown. */
export interface MeetingLocation {
  placeId: string | null;
  countryId: string | null;
}

/** Which optional parts of meeting records a statement reads (src/schema/heavy-fields.ts says why). */
export interface MeetingParts {
  withEvidence: boolean;
  withLocation: boolean;
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
  /** Null when the statement was told not to count (no totalCount named: see ArticlePageOptions). */
  total: number | null;
}
