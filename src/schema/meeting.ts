import { articleMeetings } from '../graph/article.js';
import { meetingEvidence, meetingLocations, meetingPage, meetingsByIds, reportedByPages } from '../graph/meeting.js';
import { type EntityParts, LIGHT_MEETING, type MeetingParts } from '../graph/parts.js';
import type { EntityRecord, MeetingLocation, MeetingRecord } from '../graph/records.js';
import { Article, ArticleConnection, articlePageRelation, articlePages } from './article.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { City } from './city.js';
import { Country } from './country.js';
import { decodeCursor } from './cursor.js';
import { Entity, entityPlan, meetingsLoader } from './entity.js';
import { rawId } from './global-ids.js';
import { type Connection, toConnection, totalCountOf } from './pagination.js';
import { carriedFor, declareParts, declareRelation, fallbackLoader, mergeParts, planRecords, siteOf } from './reads.js';
import { selectionOf } from './selection.js';

// Which fields need which optional part of a meeting record.
declareParts('Meeting', { evidence: ['evidence'], location: ['place', 'country'] });

// A meeting's participants and its page of reports can come with its record.
declareRelation<EntityParts>('Meeting', 'participants', {
  fields: ['participants'],
  plan: (child, context) => entityPlan(child.values, child, context, false).parts,
  merge: mergeParts,
  answer: (carried) => carried,
});
declareRelation('Meeting', 'reportedBy', articlePageRelation('reportedBy'));

export const MeetingStatus = builder.enumType('MeetingStatus', {
  values: {
    PLANNED: { description: 'Every report precedes the date.' },
    HELD: { description: 'Reported as having taken place (or dated in the past of a report).' },
  } as const,
});

export const MeetingKind = builder.enumType('MeetingKind', {
  values: {
    TALKS: { description: 'Talks, consultations or negotiations.' },
    CALL: { description: 'A phone or video call.' },
    VISIT: { description: 'A visit (official, state, inaugural), with the talks held during it.' },
    SUMMIT: { description: 'A summit or general assembly.' },
  } as const,
});

// Records read without their reporting sentences get them here, one statement per batch.
const evidenceLoader = fallbackLoader('Meeting', meetingEvidence);

// The same for records read without where the meeting was held.
const locationLoader = fallbackLoader('Meeting', meetingLocations);

function locationOf(meeting: MeetingRecord, context: GraphContext): MeetingLocation | Promise<MeetingLocation> {
  return meeting.location ?? locationLoader(context).load(meeting.id);
}

export const Meeting = builder.loadableNodeRef<MeetingRecord>('Meeting', {
  id: { resolve: (meeting) => meeting.id },
  // A node loader has no selection to go by: light records, the fallback loaders fill in.
  load: (ids: string[], context) => meetingsByIds(context.runner, ids, LIGHT_MEETING),
  sort: (meeting) => meeting.id,
});

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
      resolve: (meeting, _args, context, info) => carriedFor<EntityRecord[]>(context, info, meeting.id) ?? meeting.participantIds,
    }),
    evidence: t.stringList({
      description: 'The reporting sentences.',
      resolve: (meeting, _args, context) => meeting.evidence ?? evidenceLoader(context).load(meeting.id),
    }),
    reportedBy: t.loadable({
      type: ArticleConnection,
      description: 'Articles reporting the meeting, oldest first.',
      complexity: pagedComplexity,
      args: { first: t.arg.int(), after: t.arg.string() },
      byPath: true,
      load: (meetingIds: string[], context, args, info) =>
        articlePages(meetingIds, context, args, info, (ids, page) => reportedByPages(context.runner, ids, page)),
      resolve: (meeting) => meeting.id,
    }),
  }),
});

export const MeetingConnection = builder.connectionObject(
  {
    type: Meeting,
    name: 'MeetingConnection',
    fields: (t) => ({ totalCount: t.int({ resolve: (c) => totalCountOf(c as unknown as Connection<MeetingRecord>) }) }),
  },
  { name: 'MeetingEdge' },
);

export const MeetingWhere = builder.inputType('MeetingWhere', {
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'On or after this date.' }),
    to: t.field({ type: 'Date', description: 'On or before this date.' }),
    place: t.id({ description: 'Held in this city.' }),
    participant: t.id({ description: 'With this entity at the table.' }),
  }),
});

builder.objectFields(Article, (t) => ({
  meetings: t.loadableList({
    type: Meeting,
    description: 'Meetings the article reports.',
    byPath: true,
    load: meetingsLoader((context, ids, parts) => articleMeetings(context.runner, ids, parts)),
    resolve: (article) => article.id,
  }),
}));

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
      const plan = planRecords<MeetingParts>('Meeting', selectionOf(info).values, siteOf(info), context, { carry: true });
      const { total, meetings } = await meetingPage(
        context.runner,
        {
          from: where?.from ?? null,
          to: where?.to ?? null,
          place: where?.place ? rawId(String(where.place), 'where.place', ['City']) : null,
          participant: where?.participant ? rawId(String(where.participant), 'where.participant') : null,
        },
        offset,
        limit + 1,
        plan.parts,
      );
      plan.prime(context, meetings);
      return toConnection(meetings, limit, total, offset > 0, (_meeting, index) => [offset + index]);
    },
  }),
}));
