import { entityPage } from '../graph/entity.js';
import type { EntityLabel, EntityRecord } from '../graph/records.js';
import { decodeCursor } from './cursor.js';
import { pageSizeOf } from './limits.js';
import { toConnection } from './pagination.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from './context.js';
import { entityPlan } from './entity.js';
import { siteOf } from './reads.js';
import { selectionOf } from './selection.js';

// Root lists of people, countries, cities and organizations: by name, keyset-paged.
export async function entityConnection(
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
