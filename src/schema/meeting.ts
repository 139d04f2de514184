import {
  meetingEvidence,
  meetingsByIds,
  meetingLocations,
  meetingPage,
  meetingParticipantIds,
  reportedByPages,
} from '../graph/meeting.js';
import type { EntityParts, MeetingParts } from '../graph/parts.js';
import type { EntityRecord, MeetingLocation, MeetingRecord } from '../graph/records.js';
import { articlePageRelation, articlePages } from './article-pages.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { decodeCursor } from './cursor.js';
import { entityPlan } from './entity.js';
import { MeetingKind, MeetingStatus } from './enums.js';
import { rawId } from './global-ids.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { toConnection } from './pagination.js';
import { ArticleConnection, City, Country, Entity, Meeting, MeetingConnection } from './refs.js';
import {
  carriedFor,
  declareNodeReader,
  declareParts,
  declareRelation,
  fallbackLoader,
  mergeParts,
  planOfField,
} from './reads.js';

// Which fields need which optional part of a meeting record.
declareParts('Meeting', {
  participantIds: ['participants'],
  evidence: ['evidence'],
  location: ['place', 'country'],
});

// A meeting's participants and its page of reports can come with its record.
declareRelation<EntityParts>('Meeting', 'participants', {
  fields: ['participants'],
  supersedes: 'participantIds',
  plan: (child, context) => ({ parts: entityPlan(child.values, child, context, false).parts }),
  merge: mergeParts,
  answer: (carried) => carried,
});
declareRelation('Meeting', 'reportedBy', articlePageRelation('reportedBy', false));

// node(id) of a meeting reads what its selection carries with it.
declareNodeReader('Meeting', {
  kind: 'Meeting',
  read: (ids, parts: MeetingParts, context) => meetingsByIds(context.runner, ids, parts),
  prime: (context, record: MeetingRecord) => {
    Meeting.getDataloader(context).prime(record.id, record);
  },
});

// Records read without their reporting sentences get them here, one statement per batch.
const evidenceLoader = fallbackLoader('Meeting', meetingEvidence);

// The same for records read without who took part (and without them carried).
const participantIdsLoader = fallbackLoader('Meeting', meetingParticipantIds);

// The same for records read without where the meeting was held.
const locationLoader = fallbackLoader('Meeting', meetingLocations);

function locationOf(
  meeting: MeetingRecord,
  context: GraphContext,
): MeetingLocation | Promise<MeetingLocation> {
  return meeting.location ?? locationLoader(context).load(meeting.id);
}

Meeting.implement({
  description: 'Talks, a summit, a call or a visit, merged over every article that reports it.',
  fields: (t) => ({
    date: t.field({ type: 'Date', nullable: true, resolve: (meeting) => meeting.date }),
    status: t.field({ type: MeetingStatus, resolve: (meeting) => meeting.status }),
    kind: t.field({ type: MeetingKind, resolve: (meeting) => meeting.kind }),
    place: t.field({
      type: City,
      nullable: true,
      resolve: async (meeting, _args, context) => (await locationOf(meeting, context)).placeId,
    }),
    country: t.field({
      type: Country,
      nullable: true,
      resolve: async (meeting, _args, context) => (await locationOf(meeting, context)).countryId,
    }),
    participants: t.field({
      type: [Entity],
      // The records when the meeting's statement carried them, else ids for the entity loader.
      resolve: (meeting, _args, context, info) =>
        carriedFor<EntityRecord[]>(context, info, meeting.id) ??
        meeting.participantIds ??
        participantIdsLoader(context).load(meeting.id),
    }),
    evidence: t.stringList({
      description: 'The reporting sentences.',
      resolve: (meeting, _args, context) =>
        meeting.evidence ?? evidenceLoader(context).load(meeting.id),
    }),
    reportedBy: t.loadable({
      type: ArticleConnection,
      description: 'Articles reporting the meeting, oldest first.',
      complexity: pagedComplexity,
      args: { first: t.arg.int(), after: t.arg.string() },
      byPath: true,
      load: (meetingIds: string[], context, args, info) =>
        articlePages(meetingIds, context, args, info, (ids, page) =>
          reportedByPages(context.runner, ids, page),
        ),
      resolve: (meeting) => meeting.id,
    }),
  }),
});

export const MeetingWhere = builder.inputType('MeetingWhere', {
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'On or after this date.' }),
    to: t.field({ type: 'Date', description: 'On or before this date.' }),
    place: t.id({ description: 'Held in this city.' }),
    participant: t.id({ description: 'With this entity at the table.' }),
  }),
});

builder.queryFields((t) => ({
  meetings: t.field({
    type: MeetingConnection,
    description: 'Meetings by date (undated last).',
    complexity: pagedComplexity,
    args: { where: t.arg({ type: MeetingWhere }), first: t.arg.int(), after: t.arg.string() },
    resolve: async (_root, args, context, info) => {
      const limit = pageSizeOf(args.first, context.limits);
      const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) + 1 : 0;
      const where = args.where;
      const plan = planOfField<MeetingParts>('Meeting', info, context);
      const { total, meetings } = await meetingPage(
        context.runner,
        {
          from: where?.from ?? null,
          to: where?.to ?? null,
          place: where?.place ? rawId(String(where.place), 'where.place', ['City']) : null,
          participant: where?.participant
            ? rawId(String(where.participant), 'where.participant')
            : null,
        },
        offset,
        limit + 1,
        plan.parts,
      );
      plan.prime(context, meetings);
      return toConnection(meetings, limit, total, offset > 0, (_meeting, index) => [
        offset + index,
      ]);
    },
  }),
}));
