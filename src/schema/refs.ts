import { type ArticleRecord, articlesByIds } from '../graph/article.js';
import { entitiesByIds } from '../graph/entity.js';
import { meetingsByIds } from '../graph/meeting.js';
import { outletsByIds } from '../graph/outlet.js';
import { LIGHT_ARTICLE, LIGHT_ENTITY, LIGHT_MEETING } from '../graph/parts.js';
import type {
  EntityLabel,
  EntityRecord,
  MeetingRecord,
  MentionRecord,
  OutletRecord,
} from '../graph/records.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { totalCountOf } from './pagination.js';

// Every type another type's fields name, declared before any is implemented (Pothos's way with
// circular types), so that each type's own file defines all of its fields.
// Node loaders have no selection to go by: they read light records, the fallback loaders fill in.

export const Article = builder.loadableNodeRef<ArticleRecord>('Article', {
  id: { resolve: (article) => article.id },
  load: (ids: string[], context: GraphContext) => articlesByIds(context.runner, ids, LIGHT_ARTICLE),
  sort: (article) => article.id,
});

export const Entity = builder.loadableInterfaceRef('Entity', {
  load: (ids: string[], context: GraphContext) => entitiesByIds(context.runner, ids, LIGHT_ENTITY),
  sort: (entity: EntityRecord) => entity.id,
});

/** The node ref of one entity kind; an id of another kind loads as missing. */
function entityRef(kind: EntityLabel) {
  return builder.loadableNodeRef<EntityRecord>(kind, {
    id: { resolve: (entity) => entity.id },
    load: async (ids: string[], context: GraphContext) =>
      (await entitiesByIds(context.runner, ids, LIGHT_ENTITY)).filter(
        (entity) => entity.kind === kind,
      ),
    sort: (entity) => entity.id,
  });
}

export const Person = entityRef('Person');
export const Country = entityRef('Country');
export const City = entityRef('City');
export const Region = entityRef('Region');
export const Organization = entityRef('Organization');

export const Meeting = builder.loadableNodeRef<MeetingRecord>('Meeting', {
  id: { resolve: (meeting) => meeting.id },
  load: (ids: string[], context: GraphContext) => meetingsByIds(context.runner, ids, LIGHT_MEETING),
  sort: (meeting) => meeting.id,
});

export const Outlet = builder.loadableNodeRef<OutletRecord>('Outlet', {
  id: { resolve: (outlet) => outlet.id },
  load: (ids: string[], context: GraphContext) => outletsByIds(context.runner, ids),
  sort: (outlet) => outlet.id,
});

export const Mention = builder.objectRef<MentionRecord>('Mention');

/** `<Name>Connection` (and `<Name>Edge`) over `type`: the Relay shape and its totalCount. */
function countedConnection(
  type: Parameters<typeof builder.connectionObject>[0]['type'],
  name: string,
) {
  return builder.connectionObject(
    {
      type,
      name: `${name}Connection`,
      fields: (t) => ({ totalCount: t.int({ resolve: (connection) => totalCountOf(connection) }) }),
    },
    { name: `${name}Edge` },
  );
}

export const ArticleConnection = countedConnection(Article, 'Article');
export const PersonConnection = countedConnection(Person, 'Person');
export const CountryConnection = countedConnection(Country, 'Country');
export const CityConnection = countedConnection(City, 'City');
export const RegionConnection = countedConnection(Region, 'Region');
export const OrganizationConnection = countedConnection(Organization, 'Organization');
export const MeetingConnection = countedConnection(Meeting, 'Meeting');
export const MentionConnection = countedConnection(Mention, 'Mention');
