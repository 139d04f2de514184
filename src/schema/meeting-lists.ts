import type { GraphQLResolveInfo } from 'graphql';
import { entityMeetings } from '../graph/entity.js';
import type { EntityParts, MeetingParts } from '../graph/parts.js';
import type { MeetingRecord } from '../graph/records.js';
import type { GraphContext } from './context.js';
import {
  carriedOrLoaded,
  carriedRelation,
  notCarried,
  planOfField,
  planRecords,
  sameOrNone,
} from './reads.js';
import { EntityRecords, MeetingRecords } from './record-kinds.js';

// Lists of meetings under other types (Article.meetings, and the meetings of people, countries and
// cities): their loaders, and the relation an entity's statement carries.

/** The meetings a person or country took part in, which its record can carry with their rows' own. */
export const carriedMeetings = carriedRelation<EntityParts, MeetingParts>(
  EntityRecords,
  'meetings',
  {
    nests: true,
    plan: (child, context, carry) => {
      const rows = planRecords(MeetingRecords, child.values, child, context, { carry });
      return { parts: rows.parts, rows };
    },
    merge: sameOrNone,
    answer: (carried) => carried,
    records: (carried) => carried as MeetingRecord[],
  },
);

/** A city's meetings are those held there, not those it took part in. */
export const meetingsHeldThere = notCarried('the meetings held in a city: another statement');

/** A byPath loader of the meetings each parent has by `read` (one statement per batch), or as carried. */
export function meetingsLoader(
  read: (
    context: GraphContext,
    ids: string[],
    parts: MeetingParts,
  ) => Promise<Map<string, MeetingRecord[]>>,
) {
  return async (ids: string[], context: GraphContext, _args: unknown, info: GraphQLResolveInfo) => {
    const plan = planOfField(MeetingRecords, info, context);
    return carriedOrLoaded(context, info, ids, async (missing) => {
      const byParent = await read(context, missing, plan.parts);
      plan.prime(context, [...byParent.values()].flat());
      return missing.map((id) => byParent.get(id) ?? []);
    });
  };
}

/** Meetings each entity took part in. */
export const meetingsOf = meetingsLoader((context, ids, parts) =>
  entityMeetings(context.runner, ids, parts),
);
