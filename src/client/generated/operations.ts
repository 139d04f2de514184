/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type ExportNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit: number;
}>;


export type ExportNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null>, edges: Array<{ from: string, to: string, type: string }> } };

export type ExportNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExportNodesQuery = { nodes: Array<
    | { __typename: 'Article', title: string, publishedAt: string, url: string | null, id: string }
    | { __typename: 'City', name: string, wikidataId: string | null, latitude: number | null, longitude: number | null, id: string }
    | { __typename: 'Country', name: string, wikidataId: string | null, isoCode: string, id: string }
    | { __typename: 'Meeting', date: string | null, kind: MeetingKind, evidence: Array<string>, id: string, meetingStatus: MeetingStatus }
    | { __typename: 'Organization', name: string, wikidataId: string | null, id: string }
    | { __typename: 'Outlet', name: string, id: string }
    | { __typename: 'Person', name: string, wikidataId: string | null, role: string | null, status: PersonStatus, id: string, country: { isoCode: string } | null }
    | { __typename: 'Position', title: string, firstSeen: string | null, lastSeen: string | null, id: string }
    | { __typename: 'Quote', text: string, direct: boolean, publishedAt: string, id: string }
    | { __typename: 'Region', name: string, wikidataId: string | null, id: string }
   | null> };

export type ExportMeetingsQueryVariables = Exact<{
  from: string;
  to: string;
  after?: string | null | undefined;
}>;


export type ExportMeetingsQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, date: string | null, status: MeetingStatus, kind: MeetingKind, evidence: Array<string>, place: { id: string, name: string, latitude: number | null, longitude: number | null } | null, participants: Array<
          | { __typename: 'City', id: string, name: string, wikidataId: string | null }
          | { __typename: 'Country', isoCode: string, id: string, name: string, wikidataId: string | null }
          | { __typename: 'Organization', id: string, name: string, wikidataId: string | null }
          | { __typename: 'Person', role: string | null, status: PersonStatus, id: string, name: string, wikidataId: string | null, country: { isoCode: string } | null }
          | { __typename: 'Region', id: string, name: string, wikidataId: string | null }
        > } }> } };

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

export const ExportNeighborhoodDocument = new TypedDocumentString(`
    query ExportNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes {
      id
    }
    edges {
      from
      to
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ExportNeighborhoodQuery, ExportNeighborhoodQueryVariables>;
export const ExportNodesDocument = new TypedDocumentString(`
    query ExportNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Entity {
      name
      wikidataId
    }
    ... on Person {
      role
      status
      country {
        isoCode
      }
    }
    ... on Country {
      isoCode
    }
    ... on City {
      latitude
      longitude
    }
    ... on Article {
      title
      publishedAt
      url
    }
    ... on Meeting {
      date
      meetingStatus: status
      kind
      evidence
    }
    ... on Outlet {
      name
    }
    ... on Quote {
      text
      direct
      publishedAt
    }
    ... on Position {
      title
      firstSeen
      lastSeen
    }
  }
}
    `) as unknown as TypedDocumentString<ExportNodesQuery, ExportNodesQueryVariables>;
export const ExportMeetingsDocument = new TypedDocumentString(`
    query ExportMeetings($from: Date!, $to: Date!, $after: String) {
  meetings(where: {from: $from, to: $to}, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        date
        status
        kind
        evidence
        place {
          id
          name
          latitude
          longitude
        }
        participants {
          __typename
          id
          name
          wikidataId
          ... on Person {
            role
            status
            country {
              isoCode
            }
          }
          ... on Country {
            isoCode
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExportMeetingsQuery, ExportMeetingsQueryVariables>;