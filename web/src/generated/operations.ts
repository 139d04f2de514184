/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a mention sits; CAPTION offsets point into the captions joined by a blank line. */
export type ArticleField =
  | 'BODY'
  | 'CAPTION'
  | 'LEAD'
  | 'TITLE';

export type Interval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type MeetingKind =
  /** A phone or video call. */
  | 'CALL'
  /** A summit or general assembly. */
  | 'SUMMIT'
  /** Talks, consultations or negotiations. */
  | 'TALKS'
  /** A visit (official, state, inaugural), with the talks held during it. */
  | 'VISIT';

export type MeetingStatus =
  /** A report says it was called off or postponed. */
  | 'CANCELLED'
  /** Reported as having taken place (or dated in the past of a report). */
  | 'HELD'
  /** Every report precedes the date. */
  | 'PLANNED';

export type PersonStatus =
  /** From the curated catalog. */
  | 'CURATED'
  /** Found in text by context cues; see evidence. */
  | 'DISCOVERED';

export type QuoteWhere = {
  /** Mentioning this entity. */
  about?: string | number | null | undefined;
  /** Published at or after. */
  from?: string | null | undefined;
  /** Said by this person or organisation. */
  speaker?: string | number | null | undefined;
  /** Containing these words (taken literally, German stemming). */
  text?: string | null | undefined;
  /** Published before. */
  to?: string | null | undefined;
};

/** What sort of region. */
export type RegionKind =
  /** A state, province, oblast, voivodeship or canton. */
  | 'ADMINISTRATIVE'
  /** A disputed area ("Krim", "Gazastreifen", "Westjordanland"). */
  | 'DISPUTED'
  /** A geographic region or a continent ("Masuren", "Kaukasus"). */
  | 'GEOGRAPHIC'
  /** A historical region ("Schlesien", "Böhmen", "Donbass"). */
  | 'HISTORICAL';

export type EntityByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityByIdQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'City', id: string, latitude: number | null, longitude: number | null, aliases: Array<string>, mentionCount: number, wikidataId: string | null, name: string, country: { __typename: 'Country', id: string, name: string } | null, meetings: Array<{ id: string, date: string | null, dateInferred: boolean, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, tripStops: Array<{ id: string, date: string | null, place: { name: string } | null }>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
        >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> }
    | { __typename: 'Country', id: string, isoCode: string, aliases: Array<string>, mentionCount: number, wikidataId: string | null, name: string, meetings: Array<{ id: string, date: string | null, dateInferred: boolean, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, tripStops: Array<{ id: string, date: string | null, place: { name: string } | null }>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
        >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organization', id: string, aliases: Array<string>, mentionCount: number, wikidataId: string | null, name: string }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', id: string, role: string | null, status: PersonStatus, aliases: Array<string>, mentionCount: number, wikidataId: string | null, name: string, country: { __typename: 'Country', id: string, name: string } | null, coMentioned: Array<{ count: number, entity:
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
         }>, meetings: Array<{ id: string, date: string | null, dateInferred: boolean, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, tripStops: Array<{ id: string, date: string | null, place: { name: string } | null }>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
        >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> }
    | { __typename: 'Position', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Region', id: string, aliases: Array<string>, mentionCount: number, wikidataId: string | null, name: string }
   | null };

export type EntityTimelineQueryVariables = Exact<{
  id: string | number;
  interval: Interval;
}>;


export type EntityTimelineQuery = { timeline: Array<{ start: string, count: number }> };

export type EntityArticlesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntityArticlesQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'City', id: string, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null, lead: string, body: string, mentions: { edges: Array<{ node: { field: ArticleField, start: number, end: number, surface: string, entity:
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                   } }> } } }> } }
    | { __typename: 'Country', id: string, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null, lead: string, body: string, mentions: { edges: Array<{ node: { field: ArticleField, start: number, end: number, surface: string, entity:
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                   } }> } } }> } }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organization', id: string, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null, lead: string, body: string, mentions: { edges: Array<{ node: { field: ArticleField, start: number, end: number, surface: string, entity:
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                   } }> } } }> } }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', id: string, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null, lead: string, body: string, mentions: { edges: Array<{ node: { field: ArticleField, start: number, end: number, surface: string, entity:
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                   } }> } } }> } }
    | { __typename: 'Position', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Region', id: string, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null, lead: string, body: string, mentions: { edges: Array<{ node: { field: ArticleField, start: number, end: number, surface: string, entity:
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                    | { id: string }
                   } }> } } }> } }
   | null };

type EntityRef_City_Fragment = { __typename: 'City', id: string, name: string };

type EntityRef_Country_Fragment = { __typename: 'Country', id: string, name: string };

type EntityRef_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type EntityRef_Person_Fragment = { __typename: 'Person', id: string, name: string };

type EntityRef_Region_Fragment = { __typename: 'Region', id: string, name: string };

export type EntityRefFragment =
  | EntityRef_City_Fragment
  | EntityRef_Country_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Person_Fragment
  | EntityRef_Region_Fragment
;

export type MeetingDetailFragment = { id: string, date: string | null, dateInferred: boolean, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, tripStops: Array<{ id: string, date: string | null, place: { name: string } | null }>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
  >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } };

type EntityDetail_City_Fragment = { __typename: 'City', latitude: number | null, longitude: number | null, aliases: Array<string>, mentionCount: number, wikidataId: string | null, id: string, name: string, country: { __typename: 'Country', id: string, name: string } | null, meetings: Array<{ id: string, date: string | null, dateInferred: boolean, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, tripStops: Array<{ id: string, date: string | null, place: { name: string } | null }>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
    >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> };

type EntityDetail_Country_Fragment = { __typename: 'Country', isoCode: string, aliases: Array<string>, mentionCount: number, wikidataId: string | null, id: string, name: string, meetings: Array<{ id: string, date: string | null, dateInferred: boolean, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, tripStops: Array<{ id: string, date: string | null, place: { name: string } | null }>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
    >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> };

type EntityDetail_Organization_Fragment = { __typename: 'Organization', aliases: Array<string>, mentionCount: number, wikidataId: string | null, id: string, name: string };

type EntityDetail_Person_Fragment = { __typename: 'Person', role: string | null, status: PersonStatus, aliases: Array<string>, mentionCount: number, wikidataId: string | null, id: string, name: string, country: { __typename: 'Country', id: string, name: string } | null, coMentioned: Array<{ count: number, entity:
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, meetings: Array<{ id: string, date: string | null, dateInferred: boolean, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, tripStops: Array<{ id: string, date: string | null, place: { name: string } | null }>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
    >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> };

type EntityDetail_Region_Fragment = { __typename: 'Region', aliases: Array<string>, mentionCount: number, wikidataId: string | null, id: string, name: string };

export type EntityDetailFragment =
  | EntityDetail_City_Fragment
  | EntityDetail_Country_Fragment
  | EntityDetail_Organization_Fragment
  | EntityDetail_Person_Fragment
  | EntityDetail_Region_Fragment
;

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Article', title: string, id: string }
      | { __typename: 'City', name: string, id: string }
      | { __typename: 'Country', name: string, id: string }
      | { __typename: 'Meeting', date: string | null, kind: MeetingKind, id: string, place: { name: string } | null }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Outlet', name: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Quote', id: string }
      | { __typename: 'Region', name: string, id: string }
     | null>, edges: Array<{ from: string, to: string, type: string }> } };

export type MeetingPlacesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MeetingPlacesQuery = { meetings: { totalCount: number, edges: Array<{ node: { id: string, date: string | null, dateInferred: boolean, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, tripStops: Array<{ id: string, date: string | null, place: { name: string } | null }>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
        >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } } }> } };

export type MentionedRegionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MentionedRegionsQuery = { topEntities: Array<{ count: number, entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { kind: RegionKind | null, latitude: number | null, longitude: number | null, id: string, name: string }
     }> };

export type OrganizationMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationMembersQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'City', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organization', id: string, members: Array<{ __typename: 'Country', id: string, name: string }> }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Region', id: string }
   | null };

export type CountryMembershipsQueryVariables = Exact<{
  id: string | number;
}>;


export type CountryMembershipsQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'City', id: string }
    | { __typename: 'Country', id: string, memberships: Array<{ __typename: 'Organization', id: string, name: string }> }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Region', id: string }
   | null };

export type FormatMembersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type FormatMembersQuery = { nodes: Array<
    | { __typename: 'Article', id: string }
    | { __typename: 'City', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organization', id: string, members: Array<{ id: string }> }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Region', id: string }
   | null> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { relationships: number, nodes: Array<{ label: string, count: number }> } };

export type ArticlesPerWeekQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticlesPerWeekQuery = { articleTimeline: Array<{ start: string, count: number }> };

export type TopEntitiesByKindQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TopEntitiesByKindQuery = { people: Array<{ count: number, articleCount: number, entity:
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, countries: Array<{ count: number, articleCount: number, entity:
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, cities: Array<{ count: number, articleCount: number, entity:
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }>, organizations: Array<{ count: number, articleCount: number, entity:
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Region', id: string, name: string }
     }> };

export type EntityCountBarFragment = { count: number, articleCount: number, entity:
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
   };

export type PeriodMeetingsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PeriodMeetingsQuery = { meetings: { totalCount: number, edges: Array<{ node: { id: string, date: string | null, place: { id: string, name: string, latitude: number | null, longitude: number | null } | null } }> } };

export type LatestArticlesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LatestArticlesQuery = { articles: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, lead: string, outlet: { name: string } | null } }> } };

export type QuoteItemFragment = { id: string, text: string, direct: boolean, speakerText: string | null, sentence: string, field: ArticleField, start: number, end: number, publishedAt: string, speaker:
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
   | null, about: Array<
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
  >, article: { id: string, title: string } };

export type QuoteFilterEntitiesQueryVariables = Exact<{
  speaker: string;
  about: string;
  withSpeaker: boolean;
  withAbout: boolean;
}>;


export type QuoteFilterEntitiesQuery = { speaker?:
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
   | null, about?:
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
   | null };

export type QuotesQueryVariables = Exact<{
  where?: QuoteWhere | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type QuotesQuery = { quotes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, direct: boolean, speakerText: string | null, sentence: string, field: ArticleField, start: number, end: number, publishedAt: string, speaker:
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
         | null, about: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
        >, article: { id: string, title: string } } }> } };

export type ArticleQuotesQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleQuotesQuery = { node:
    | { __typename: 'Article', title: string, lead: string, body: string, publishedAt: string, url: string | null, id: string, outlet: { name: string } | null, quotes: Array<{ id: string, text: string, direct: boolean, speakerText: string | null, sentence: string, field: ArticleField, start: number, end: number, publishedAt: string, speaker:
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
         | null, about: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
        >, article: { id: string, title: string } }> }
    | { __typename: 'City', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Region', id: string }
   | null };

export type EntityQuotesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type EntityQuotesQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'City', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organization', id: string, quotes: { totalCount: number, edges: Array<{ node: { id: string, text: string, direct: boolean, speakerText: string | null, sentence: string, field: ArticleField, start: number, end: number, publishedAt: string, speaker:
              | { __typename: 'City', id: string, name: string }
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             | null, about: Array<
              | { __typename: 'City', id: string, name: string }
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
            >, article: { id: string, title: string } } }> }, people: { totalCount: number, edges: Array<{ node: { __typename: 'Person', id: string, name: string } }> } }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', id: string, positions: Array<{ id: string, title: string, organizationName: string | null, former: boolean, curated: boolean, firstSeen: string | null, lastSeen: string | null, organization: { __typename: 'Organization', id: string, name: string } | null, country: { __typename: 'Country', id: string, name: string } | null, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }>, quotes: { totalCount: number, edges: Array<{ node: { id: string, text: string, direct: boolean, speakerText: string | null, sentence: string, field: ArticleField, start: number, end: number, publishedAt: string, speaker:
              | { __typename: 'City', id: string, name: string }
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
             | null, about: Array<
              | { __typename: 'City', id: string, name: string }
              | { __typename: 'Country', id: string, name: string }
              | { __typename: 'Organization', id: string, name: string }
              | { __typename: 'Person', id: string, name: string }
              | { __typename: 'Region', id: string, name: string }
            >, article: { id: string, title: string } } }> } }
    | { __typename: 'Position', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Region', id: string }
   | null, aboutIt: { totalCount: number, edges: Array<{ node: { id: string, text: string, direct: boolean, speakerText: string | null, sentence: string, field: ArticleField, start: number, end: number, publishedAt: string, speaker:
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
         | null, about: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
        >, article: { id: string, title: string } } }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { entity:
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
   | null, search: Array<{ score: number, node:
      | { __typename: 'Article', title: string, publishedAt: string, lead: string, id: string }
      | { __typename: 'City', name: string, id: string }
      | { __typename: 'Country', name: string, id: string }
      | { __typename: 'Meeting', id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Outlet', id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Quote', id: string }
      | { __typename: 'Region', name: string, id: string }
     | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EntityRefFragmentDoc = new TypedDocumentString(`
    fragment EntityRef on Entity {
  __typename
  id
  name
}
    `, {"fragmentName":"EntityRef"}) as unknown as TypedDocumentString<EntityRefFragment, unknown>;
export const MeetingDetailFragmentDoc = new TypedDocumentString(`
    fragment MeetingDetail on Meeting {
  id
  date
  dateInferred
  tripStops {
    id
    date
    place {
      name
    }
  }
  kind
  status
  evidence
  place {
    id
    name
    latitude
    longitude
    country {
      name
    }
  }
  participants {
    ...EntityRef
  }
  reportedBy(first: 20) {
    totalCount
    edges {
      node {
        id
        title
        publishedAt
        url
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}`, {"fragmentName":"MeetingDetail"}) as unknown as TypedDocumentString<MeetingDetailFragment, unknown>;
export const EntityDetailFragmentDoc = new TypedDocumentString(`
    fragment EntityDetail on Entity {
  ...EntityRef
  aliases
  mentionCount
  wikidataId
  ... on Person {
    role
    status
    country {
      ...EntityRef
    }
    coMentioned(first: 10) {
      count
      entity {
        ...EntityRef
      }
    }
    meetings {
      ...MeetingDetail
    }
  }
  ... on Country {
    isoCode
    meetings {
      ...MeetingDetail
    }
  }
  ... on City {
    latitude
    longitude
    country {
      ...EntityRef
    }
    meetings {
      ...MeetingDetail
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}
fragment MeetingDetail on Meeting {
  id
  date
  dateInferred
  tripStops {
    id
    date
    place {
      name
    }
  }
  kind
  status
  evidence
  place {
    id
    name
    latitude
    longitude
    country {
      name
    }
  }
  participants {
    ...EntityRef
  }
  reportedBy(first: 20) {
    totalCount
    edges {
      node {
        id
        title
        publishedAt
        url
      }
    }
  }
}`, {"fragmentName":"EntityDetail"}) as unknown as TypedDocumentString<EntityDetailFragment, unknown>;
export const EntityCountBarFragmentDoc = new TypedDocumentString(`
    fragment EntityCountBar on EntityCount {
  count
  articleCount
  entity {
    ...EntityRef
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}`, {"fragmentName":"EntityCountBar"}) as unknown as TypedDocumentString<EntityCountBarFragment, unknown>;
export const QuoteItemFragmentDoc = new TypedDocumentString(`
    fragment QuoteItem on Quote {
  id
  text
  direct
  speakerText
  sentence
  field
  start
  end
  publishedAt
  speaker {
    ...EntityRef
  }
  about {
    ...EntityRef
  }
  article {
    id
    title
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}`, {"fragmentName":"QuoteItem"}) as unknown as TypedDocumentString<QuoteItemFragment, unknown>;
export const EntityByIdDocument = new TypedDocumentString(`
    query EntityById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ...EntityDetail
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}
fragment MeetingDetail on Meeting {
  id
  date
  dateInferred
  tripStops {
    id
    date
    place {
      name
    }
  }
  kind
  status
  evidence
  place {
    id
    name
    latitude
    longitude
    country {
      name
    }
  }
  participants {
    ...EntityRef
  }
  reportedBy(first: 20) {
    totalCount
    edges {
      node {
        id
        title
        publishedAt
        url
      }
    }
  }
}
fragment EntityDetail on Entity {
  ...EntityRef
  aliases
  mentionCount
  wikidataId
  ... on Person {
    role
    status
    country {
      ...EntityRef
    }
    coMentioned(first: 10) {
      count
      entity {
        ...EntityRef
      }
    }
    meetings {
      ...MeetingDetail
    }
  }
  ... on Country {
    isoCode
    meetings {
      ...MeetingDetail
    }
  }
  ... on City {
    latitude
    longitude
    country {
      ...EntityRef
    }
    meetings {
      ...MeetingDetail
    }
  }
}`) as unknown as TypedDocumentString<EntityByIdQuery, EntityByIdQueryVariables>;
export const EntityTimelineDocument = new TypedDocumentString(`
    query EntityTimeline($id: ID!, $interval: Interval!) {
  timeline(entity: $id, interval: $interval) {
    start
    count
  }
}
    `) as unknown as TypedDocumentString<EntityTimelineQuery, EntityTimelineQueryVariables>;
export const EntityArticlesDocument = new TypedDocumentString(`
    query EntityArticles($id: ID!, $first: Int = 10, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      articles(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            publishedAt
            url
            lead
            body
            mentions(first: 100) {
              edges {
                node {
                  field
                  start
                  end
                  surface
                  entity {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityArticlesQuery, EntityArticlesQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int = 1, $limit: Int = 60) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes {
      __typename
      id
      ... on Entity {
        name
      }
      ... on Article {
        title
      }
      ... on Meeting {
        date
        kind
        place {
          name
        }
      }
      ... on Outlet {
        name
      }
    }
    edges {
      from
      to
      type
    }
  }
}
    `) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const MeetingPlacesDocument = new TypedDocumentString(`
    query MeetingPlaces($first: Int = 100) {
  meetings(first: $first) {
    totalCount
    edges {
      node {
        ...MeetingDetail
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}
fragment MeetingDetail on Meeting {
  id
  date
  dateInferred
  tripStops {
    id
    date
    place {
      name
    }
  }
  kind
  status
  evidence
  place {
    id
    name
    latitude
    longitude
    country {
      name
    }
  }
  participants {
    ...EntityRef
  }
  reportedBy(first: 20) {
    totalCount
    edges {
      node {
        id
        title
        publishedAt
        url
      }
    }
  }
}`) as unknown as TypedDocumentString<MeetingPlacesQuery, MeetingPlacesQueryVariables>;
export const MentionedRegionsDocument = new TypedDocumentString(`
    query MentionedRegions($first: Int = 40) {
  topEntities(kind: REGION, first: $first) {
    count
    entity {
      id
      name
      ... on Region {
        kind
        latitude
        longitude
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentionedRegionsQuery, MentionedRegionsQueryVariables>;
export const OrganizationMembersDocument = new TypedDocumentString(`
    query OrganizationMembers($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Organization {
      members {
        ...EntityRef
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}`) as unknown as TypedDocumentString<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const CountryMembershipsDocument = new TypedDocumentString(`
    query CountryMemberships($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Country {
      memberships {
        ...EntityRef
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}`) as unknown as TypedDocumentString<CountryMembershipsQuery, CountryMembershipsQueryVariables>;
export const FormatMembersDocument = new TypedDocumentString(`
    query FormatMembers($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Organization {
      members {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormatMembersQuery, FormatMembersQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    nodes {
      label
      count
    }
    relationships
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const ArticlesPerWeekDocument = new TypedDocumentString(`
    query ArticlesPerWeek {
  articleTimeline(interval: WEEK) {
    start
    count
  }
}
    `) as unknown as TypedDocumentString<ArticlesPerWeekQuery, ArticlesPerWeekQueryVariables>;
export const TopEntitiesByKindDocument = new TypedDocumentString(`
    query TopEntitiesByKind($from: DateTime, $to: DateTime, $first: Int = 5) {
  people: topEntities(kind: PERSON, first: $first, from: $from, to: $to) {
    ...EntityCountBar
  }
  countries: topEntities(kind: COUNTRY, first: $first, from: $from, to: $to) {
    ...EntityCountBar
  }
  cities: topEntities(kind: CITY, first: $first, from: $from, to: $to) {
    ...EntityCountBar
  }
  organizations: topEntities(
    kind: ORGANIZATION
    first: $first
    from: $from
    to: $to
  ) {
    ...EntityCountBar
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}
fragment EntityCountBar on EntityCount {
  count
  articleCount
  entity {
    ...EntityRef
  }
}`) as unknown as TypedDocumentString<TopEntitiesByKindQuery, TopEntitiesByKindQueryVariables>;
export const PeriodMeetingsDocument = new TypedDocumentString(`
    query PeriodMeetings($from: Date, $to: Date, $first: Int = 100) {
  meetings(first: $first, where: {from: $from, to: $to}) {
    totalCount
    edges {
      node {
        id
        date
        place {
          id
          name
          latitude
          longitude
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeriodMeetingsQuery, PeriodMeetingsQueryVariables>;
export const LatestArticlesDocument = new TypedDocumentString(`
    query LatestArticles($first: Int = 8) {
  articles(first: $first, orderBy: {field: PUBLISHED_AT, direction: DESC}) {
    totalCount
    edges {
      node {
        id
        title
        publishedAt
        lead
        outlet {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LatestArticlesQuery, LatestArticlesQueryVariables>;
export const QuoteFilterEntitiesDocument = new TypedDocumentString(`
    query QuoteFilterEntities($speaker: String!, $about: String!, $withSpeaker: Boolean!, $withAbout: Boolean!) {
  speaker: entity(name: $speaker) @include(if: $withSpeaker) {
    ...EntityRef
  }
  about: entity(name: $about) @include(if: $withAbout) {
    ...EntityRef
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}`) as unknown as TypedDocumentString<QuoteFilterEntitiesQuery, QuoteFilterEntitiesQueryVariables>;
export const QuotesDocument = new TypedDocumentString(`
    query Quotes($where: QuoteWhere, $first: Int = 20, $after: String) {
  quotes(where: $where, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...QuoteItem
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}
fragment QuoteItem on Quote {
  id
  text
  direct
  speakerText
  sentence
  field
  start
  end
  publishedAt
  speaker {
    ...EntityRef
  }
  about {
    ...EntityRef
  }
  article {
    id
    title
  }
}`) as unknown as TypedDocumentString<QuotesQuery, QuotesQueryVariables>;
export const ArticleQuotesDocument = new TypedDocumentString(`
    query ArticleQuotes($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Article {
      title
      lead
      body
      publishedAt
      url
      outlet {
        name
      }
      quotes {
        ...QuoteItem
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}
fragment QuoteItem on Quote {
  id
  text
  direct
  speakerText
  sentence
  field
  start
  end
  publishedAt
  speaker {
    ...EntityRef
  }
  about {
    ...EntityRef
  }
  article {
    id
    title
  }
}`) as unknown as TypedDocumentString<ArticleQuotesQuery, ArticleQuotesQueryVariables>;
export const EntityQuotesDocument = new TypedDocumentString(`
    query EntityQuotes($id: ID!, $first: Int = 5) {
  node(id: $id) {
    __typename
    id
    ... on Person {
      positions {
        id
        title
        organizationName
        former
        curated
        firstSeen
        lastSeen
        organization {
          ...EntityRef
        }
        country {
          ...EntityRef
        }
        evidence {
          sentence
          article {
            id
            title
          }
        }
      }
      quotes(first: $first) {
        totalCount
        edges {
          node {
            ...QuoteItem
          }
        }
      }
    }
    ... on Organization {
      quotes(first: $first) {
        totalCount
        edges {
          node {
            ...QuoteItem
          }
        }
      }
      people(first: 20) {
        totalCount
        edges {
          node {
            ...EntityRef
          }
        }
      }
    }
  }
  aboutIt: quotes(where: {about: $id}, first: $first) {
    totalCount
    edges {
      node {
        ...QuoteItem
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}
fragment QuoteItem on Quote {
  id
  text
  direct
  speakerText
  sentence
  field
  start
  end
  publishedAt
  speaker {
    ...EntityRef
  }
  about {
    ...EntityRef
  }
  article {
    id
    title
  }
}`) as unknown as TypedDocumentString<EntityQuotesQuery, EntityQuotesQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int = 15) {
  entity(name: $query) {
    ...EntityRef
  }
  search(query: $query, first: $first) {
    score
    node {
      __typename
      id
      ... on Entity {
        name
      }
      ... on Article {
        title
        publishedAt
        lead
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  id
  name
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;