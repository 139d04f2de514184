import type { EntityRecord } from '../graph/records.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { pagedComplexity } from './limits.js';
import { articleEntitiesLoader, Entity, entitiesOfKind } from './entity.js';
import { entityConnection } from './entity-lists.js';
import { type Connection, totalCountOf } from './pagination.js';

export const Organization = builder.loadableNode('Organization', {
  interfaces: [Entity],
  id: { resolve: (organization: EntityRecord) => organization.id },
  load: entitiesOfKind('Organization'),
  sort: (organization) => organization.id,
  isTypeOf: (value) => (value as EntityRecord).kind === 'Organization',
  fields: () => ({}),
});

export const OrganizationConnection = builder.connectionObject(
  {
    type: Organization,
    name: 'OrganizationConnection',
    fields: (t) => ({ totalCount: t.int({ resolve: (c) => totalCountOf(c as unknown as Connection<EntityRecord>) }) }),
  },
  { name: 'OrganizationEdge' },
);

builder.objectFields(Article, (t) => ({
  organizations: t.loadableList({
    type: Organization,
    description: 'Organizations the article mentions.',
    byPath: true,
    load: articleEntitiesLoader('Organization'),
    resolve: (article) => article.id,
  }),
}));

builder.queryFields((t) => ({
  organizations: t.field({
    type: OrganizationConnection,
    description: 'Organizations by name.',
    complexity: pagedComplexity,
    args: { first: t.arg.int(), after: t.arg.string() },
    resolve: (_root, args, context, info) => entityConnection(context, 'Organization', args, info),
  }),
}));
