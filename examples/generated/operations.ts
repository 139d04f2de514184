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

export type ExportRootQueryVariables = Exact<{
  name: string;
}>;


export type ExportRootQuery = { entity:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null };

export type FollowTargetQueryVariables = Exact<{
  name: string;
}>;


export type FollowTargetQuery = { entity:
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
   | null };

export type ArticlesAboutSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ArticlesAboutSubscription = { entityMentioned: { bookmark: string | null, article: { id: string, publishedAt: string, title: string } } };

export type MeetingsWithSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type MeetingsWithSubscription = { meetingReported: { bookmark: string | null, meeting: { id: string, date: string | null, kind: MeetingKind, participants: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > } } };

export type ArticlesOfQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ArticlesOfQuery = { node:
    | { articles: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, publishedAt: string, title: string } }> } }
    | { articles: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, publishedAt: string, title: string } }> } }
    | { articles: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, publishedAt: string, title: string } }> } }
    | { articles: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, publishedAt: string, title: string } }> } }
    | { articles: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, publishedAt: string, title: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type MeetingsOfQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingsOfQuery = { node:
    | { meetings: Array<{ id: string, date: string | null, kind: MeetingKind, participants: Array<
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        > }> }
    | { meetings: Array<{ id: string, date: string | null, kind: MeetingKind, participants: Array<
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        > }> }
    | Record<PropertyKey, never>
   | null };

export type FollowedArticleFragment = { id: string, publishedAt: string, title: string };

export type FollowedMeetingFragment = { id: string, date: string | null, kind: MeetingKind, participants: Array<
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
  > };

export type FindPersonQueryVariables = Exact<{
  name: string;
}>;


export type FindPersonQuery = { entity:
    | { __typename: 'City', id: string, name: string }
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Region', id: string, name: string }
   | null };

export type MeetingsOfPeopleQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MeetingsOfPeopleQuery = { nodes: Array<
    | { __typename: 'Article', id: string }
    | { __typename: 'City', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Outlet', id: string }
    | { __typename: 'Person', name: string, id: string, meetings: Array<{ id: string, date: string | null, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Region', id: string, name: string }
        > }> }
    | { __typename: 'Position', id: string }
    | { __typename: 'Quote', id: string }
    | { __typename: 'Region', id: string }
   | null> };

export type CountriesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CountriesQuery = { countries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, isoCode: string, name: string } }> } };

export type MeetingsInPeriodQueryVariables = Exact<{
  from: string;
  to: string;
  after?: string | null | undefined;
}>;


export type MeetingsInPeriodQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, participants: Array<
          | { __typename: 'City', id: string, name: string }
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string, country: { isoCode: string } | null }
          | { __typename: 'Region', id: string, name: string }
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
export const FollowedArticleFragmentDoc = new TypedDocumentString(`
    fragment FollowedArticle on Article {
  id
  publishedAt
  title
}
    `, {"fragmentName":"FollowedArticle"}) as unknown as TypedDocumentString<FollowedArticleFragment, unknown>;
export const FollowedMeetingFragmentDoc = new TypedDocumentString(`
    fragment FollowedMeeting on Meeting {
  id
  date
  kind
  participants {
    name
  }
}
    `, {"fragmentName":"FollowedMeeting"}) as unknown as TypedDocumentString<FollowedMeetingFragment, unknown>;
export const ExportRootDocument = new TypedDocumentString(`
    query ExportRoot($name: String!) {
  entity(name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ExportRootQuery, ExportRootQueryVariables>;
export const FollowTargetDocument = new TypedDocumentString(`
    query FollowTarget($name: String!) {
  entity(name: $name) {
    __typename
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FollowTargetQuery, FollowTargetQueryVariables>;
export const ArticlesAboutDocument = new TypedDocumentString(`
    subscription ArticlesAbout($id: ID!) {
  entityMentioned(id: $id) {
    bookmark
    article {
      ...FollowedArticle
    }
  }
}
    fragment FollowedArticle on Article {
  id
  publishedAt
  title
}`) as unknown as TypedDocumentString<ArticlesAboutSubscription, ArticlesAboutSubscriptionVariables>;
export const MeetingsWithDocument = new TypedDocumentString(`
    subscription MeetingsWith($id: ID!) {
  meetingReported(where: {participant: $id}) {
    bookmark
    meeting {
      ...FollowedMeeting
    }
  }
}
    fragment FollowedMeeting on Meeting {
  id
  date
  kind
  participants {
    name
  }
}`) as unknown as TypedDocumentString<MeetingsWithSubscription, MeetingsWithSubscriptionVariables>;
export const ArticlesOfDocument = new TypedDocumentString(`
    query ArticlesOf($id: ID!, $after: String) {
  node(id: $id) {
    ... on Entity {
      articles(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...FollowedArticle
          }
        }
      }
    }
  }
}
    fragment FollowedArticle on Article {
  id
  publishedAt
  title
}`) as unknown as TypedDocumentString<ArticlesOfQuery, ArticlesOfQueryVariables>;
export const MeetingsOfDocument = new TypedDocumentString(`
    query MeetingsOf($id: ID!) {
  node(id: $id) {
    ... on Person {
      meetings {
        ...FollowedMeeting
      }
    }
    ... on Country {
      meetings {
        ...FollowedMeeting
      }
    }
  }
}
    fragment FollowedMeeting on Meeting {
  id
  date
  kind
  participants {
    name
  }
}`) as unknown as TypedDocumentString<MeetingsOfQuery, MeetingsOfQueryVariables>;
export const FindPersonDocument = new TypedDocumentString(`
    query FindPerson($name: String!) {
  entity(name: $name) {
    __typename
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FindPersonQuery, FindPersonQueryVariables>;
export const MeetingsOfPeopleDocument = new TypedDocumentString(`
    query MeetingsOfPeople($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Person {
      name
      meetings {
        id
        date
        participants {
          __typename
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsOfPeopleQuery, MeetingsOfPeopleQueryVariables>;
export const CountriesDocument = new TypedDocumentString(`
    query Countries($after: String) {
  countries(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        isoCode
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CountriesQuery, CountriesQueryVariables>;
export const MeetingsInPeriodDocument = new TypedDocumentString(`
    query MeetingsInPeriod($from: Date!, $to: Date!, $after: String) {
  meetings(where: {from: $from, to: $to}, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        participants {
          __typename
          id
          name
          ... on Person {
            country {
              isoCode
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsInPeriodQuery, MeetingsInPeriodQueryVariables>;