import { articleMeetings } from '../graph/article.js';
import { meetingEvidence, meetingLocations, meetingPage, meetingsByIds, reportedByPages } from '../graph/meeting.js';
import type { MeetingLocation, MeetingRecord } from '../graph/records.js';
import { Article, ArticleConnection, articleConnection, articleCursor, articlePageOptions } from './article.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { fallbackLoader, meetingParts } from './heavy-fields.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { City } from './city.js';
import { Country } from './country.js';
import { decodeCursor } from './cursor.js';
import { Entity, primeEntities } from './entity.js';
import { rawId } from './global-ids.js';
import { type Connection, toConnection, totalCountOf } from './pagination.js';

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

// Records read without their reporting sentences (the document named no `evidence` field:
// heavy-fields.ts) get them here, one statement per batch.
const evidenceLoader = fallbackLoader('Meeting', meetingEvidence);

// The same for records read without where the meeting was held (no `place` or `country` named).
const locationLoader = fallbackLoader('Meeting', meetingLocations);

function locationOf(meeting: MeetingRecord, context: GraphContext): MeetingLocation | Promise<MeetingLocation> {
  return meeting.location ?? locationLoader(context).load(meeting.id);
}

export const Meeting = builder.loadableNodeRef<MeetingRecord>('Meeting', {
  id: { resolve: (meeting) => meeting.id },
  load: (ids: string[], context) => meetingsByIds(context.runner, ids, meetingParts(context)),
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
      resolve: async (meeting, _args, context) => (await locationOf(meeting, context)).placeId as never,
    }),
    country: t.field({
      type: Country,
      nullable: true,
      resolve: async (meeting, _args, context) => (await locationOf(meeting, context)).countryId as never,
    }),
    participants: t.field({ type: [Entity], resolve: (meeting) => meeting.participantIds as never }),
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
      load: async (meetingIds: string[], context, args) => {
        const limit = pageSizeOf(args.first, context.limits);
        const after = articleCursor(args.after);
        const pages = await reportedByPages(
          context.runner,
          meetingIds,
          { cursorAt: after?.publishedAt ?? null, cursorId: after?.id ?? null },
          articlePageOptions(limit, context),
        );
        const byKey = new Map(pages.map((page) => [page.key, page]));
        return meetingIds.map((id) => articleConnection(byKey.get(id), limit, after !== null)) as never;
      },
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
    load: async (ids: string[], context) => {
      const byArticle = await articleMeetings(context.runner, ids, meetingParts(context));
      return ids.map((id) => byArticle.get(id) ?? []) as never;
    },
    resolve: (article) => article.id,
  }),
}));

builder.queryFields((t) => ({
  meetings: t.field({
    type: MeetingConnection,
    description: 'Meetings by date (undated last).',
    complexity: pagedComplexity,
    args: { where: t.arg({ type: MeetingWhere }), first: t.arg.int(), after: t.arg.string() },
    resolve: async (_root, args, context) => {
      const limit = pageSizeOf(args.first, context.limits);
      const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) + 1 : 0;
      const where = args.where;
      const { total, meetings, participants } = await meetingPage(
        context.runner,
        {
          from: where?.from ?? null,
          to: where?.to ?? null,
          place: where?.place ? rawId(String(where.place), 'where.place', ['City']) : null,
          participant: where?.participant ? rawId(String(where.participant), 'where.participant') : null,
        },
        offset,
        limit + 1,
        meetingParts(context),
        context.heavyFields.entityDetails,
      );
      primeEntities(context, participants);
      return toConnection(meetings, limit, total, offset > 0, (_meeting, index) => [offset + index]) as never;
    },
  }),
}));
