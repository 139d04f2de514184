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
  /** Reported as having taken place (or dated in the past of a report). */
  | 'HELD'
  /** Every report precedes the date. */
  | 'PLANNED';

export type PersonStatus =
  /** From the curated catalog. */
  | 'CURATED'
  /** Found in text by context cues; see evidence. */
  | 'DISCOVERED';

export type EntityByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityByIdQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'City', id: string, latitude: number | null, longitude: number | null, aliases: Array<string>, mentionCount: number, wikidataId: string | null, name: string, country: { __typename: 'Country', id: string, name: string } | null, meetings: Array<{ id: string, date: string | null, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> }
    | { __typename: 'Country', id: string, isoCode: string, aliases: Array<string>, mentionCount: number, wikidataId: string | null, name: string, meetings: Array<{ id: string, date: string | null, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organization', id: string, aliases: Array<string>, mentionCount: number, wikidataId: string | null, name: string }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', id: string, role: string | null, status: PersonStatus, aliases: Array<string>, mentionCount: number, wikidataId: string | null, name: string, country: { __typename: 'Country', id: string, name: string } | null, coMentioned: Array<{ count: number, entity:
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
         }>, meetings: Array<{ id: string, date: string | null, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> }
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
                   } }> } } }> } }
    | { __typename: 'Country', id: string, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null, lead: string, body: string, mentions: { edges: Array<{ node: { field: ArticleField, start: number, end: number, surface: string, entity:
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
                   } }> } } }> } }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', id: string, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null, lead: string, body: string, mentions: { edges: Array<{ node: { field: ArticleField, start: number, end: number, surface: string, entity:
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

export type EntityRefFragment =
  | EntityRef_City_Fragment
  | EntityRef_Country_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Person_Fragment
;

export type MeetingDetailFragment = { id: string, date: string | null, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
  >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } };

type EntityDetail_City_Fragment = { __typename: 'City', latitude: number | null, longitude: number | null, aliases: Array<string>, mentionCount: number, wikidataId: string | null, id: string, name: string, country: { __typename: 'Country', id: string, name: string } | null, meetings: Array<{ id: string, date: string | null, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
    >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> };

type EntityDetail_Country_Fragment = { __typename: 'Country', isoCode: string, aliases: Array<string>, mentionCount: number, wikidataId: string | null, id: string, name: string, meetings: Array<{ id: string, date: string | null, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
    >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> };

type EntityDetail_Organization_Fragment = { __typename: 'Organization', aliases: Array<string>, mentionCount: number, wikidataId: string | null, id: string, name: string };

type EntityDetail_Person_Fragment = { __typename: 'Person', role: string | null, status: PersonStatus, aliases: Array<string>, mentionCount: number, wikidataId: string | null, id: string, name: string, country: { __typename: 'Country', id: string, name: string } | null, coMentioned: Array<{ count: number, entity:
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
     }>, meetings: Array<{ id: string, date: string | null, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
    >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } }> };

export type EntityDetailFragment =
  | EntityDetail_City_Fragment
  | EntityDetail_Country_Fragment
  | EntityDetail_Organization_Fragment
  | EntityDetail_Person_Fragment
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
     | null>, edges: Array<{ from: string, to: string, type: string }> } };

export type MeetingPlacesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MeetingPlacesQuery = { meetings: { totalCount: number, edges: Array<{ node: { id: string, date: string | null, kind: MeetingKind, status: MeetingStatus, evidence: Array<string>, place: { id: string, name: string, latitude: number | null, longitude: number | null, country: { name: string } | null } | null, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
        >, reportedBy: { totalCount: number, edges: Array<{ node: { id: string, title: string, publishedAt: string, url: string | null } }> } } }> } };

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
     }>, countries: Array<{ count: number, articleCount: number, entity:
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
     }>, cities: Array<{ count: number, articleCount: number, entity:
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
     }>, organizations: Array<{ count: number, articleCount: number, entity:
      | { __typename: 'City', id: string, name: string }
      | { __typename: 'Country', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
     }> };

export type EntityCountBarFragment = { count: number, articleCount: number, entity:
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
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

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { entity:
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
   | null, search: Array<{ score: number, node:
      | { __typename: 'Article', title: string, publishedAt: string, lead: string, id: string }
      | { __typename: 'City', name: string, id: string }
      | { __typename: 'Country', name: string, id: string }
      | { __typename: 'Meeting', id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Outlet', id: string }
      | { __typename: 'Person', name: string, id: string }
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