import type { GraphQLResolveInfo } from 'graphql';
import { entityByName, entityPage } from '../graph/entity.js';
import type { EntityLabel, EntityRecord } from '../graph/records.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { decodeCursor } from './cursor.js';
import { entityPlan } from './entity-reads.js';
import { PersonStatus } from './enums.js';
import { badInput } from './errors.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { toConnection } from './pagination.js';
import { siteOf } from './reads.js';
import { Entity, type PersonConnection } from './refs.js';
import { selectionOf } from './selection.js';

// Root fields that find entities: the name lookup `entity(name:)`, and the lists of people,
// countries, cities and organizations (by name, keyset-paged; each kind's file adds its own).

builder.queryFields((t) => ({
  entity: t.field({
    type: Entity,
    nullable: true,
    description:
      'The entity a name, alias or inflected form refers to ("Putins" → Wladimir Putin).',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, args, context, info) => {
      const name = args.name.trim();
      if (name.length === 0 || name.length > 200) {
        throw badInput('name', 'name must be 1 to 200 characters');
      }
      const plan = entityPlan(selectionOf(info).values, siteOf(info), context, true);
      const entity = await entityByName(context.runner, name, plan.parts);
      if (entity) plan.prime(context, [entity]);
      return entity;
    },
  }),
}));

async function entityConnection(
  context: GraphContext,
  label: EntityLabel,
  args: { first?: number | null; after?: string | null; status?: string | null },
  info: GraphQLResolveInfo,
) {
  const plan = entityPlan(selectionOf(info).values, siteOf(info), context, true);
  const limit = pageSizeOf(args.first, context.limits);
  const after = args.after ? decodeCursor(args.after, 2) : null;
  const { total, entities } = await entityPage(context.runner, {
    label,
    limit: limit + 1,
    status: args.status ?? null,
    cursorName: after ? String(after[0]) : null,
    cursorId: after ? String(after[1]) : null,
    entity: plan.parts,
  });
  plan.prime(context, entities);
  return toConnection<EntityRecord>(entities, limit, total, after !== null, (e) => [e.name, e.id]);
}

/** The root list `field` of one entity kind (people can be filtered by status). */
export function entityListQuery(
  field: string,
  kind: EntityLabel,
  type: typeof PersonConnection,
  description: string,
  options: { byStatus?: boolean } = {},
) {
  builder.queryField(field, (t) =>
    t.field({
      type,
      description,
      complexity: pagedComplexity,
      args: {
        first: t.arg.int(),
        after: t.arg.string(),
        ...(options.byStatus ? { status: t.arg({ type: PersonStatus }) } : {}),
      },
      resolve: (_root, args, context, info) => entityConnection(context, kind, args, info),
    }),
  );
}
