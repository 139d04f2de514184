import {
  meetingEvidence,
  meetingsByIds,
  meetingLocations,
  meetingPage,
  meetingParticipantIds,
  meetingTripStopIds,
  reportedByPages,
} from '../graph/meeting.js';
import type { EntityParts, MeetingParts } from '../graph/parts.js';
import type { EntityRecord, MeetingRecord } from '../graph/records.js';
import { articlePageRelation, articlePages } from './article-pages.js';
import { builder } from './builder.js';
import { decodeCursor } from './cursor.js';
import { entityPlan } from './entity-reads.js';
import { MeetingKind, MeetingStatus } from './enums.js';
import { rawId } from './global-ids.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { toConnection } from './pagination.js';
import {
  carriedFor,
  carriedRelation,
  mergeParts,
  needs,
  nodeReader,
  notCarried,
  planOfField,
  recordPart,
} from './reads.js';
import { MeetingRecords } from './record-kinds.js';
import { ArticleConnection, City, Country, Entity, Meeting, MeetingConnection } from './refs.js';

// Meeting: the node with its fields (each reading its record's parts, or its own batch), and the
// root `meetings` list. Lists of meetings under other types: meeting-lists.ts.

// Parts of a meeting record that fields read; a record read without one gets it per batch.
const evidencePart = recordPart(
  MeetingRecords,
  'evidence',
  (meeting: MeetingRecord) => meeting.evidence,
  meetingEvidence,
);
const locationPart = recordPart(
  MeetingRecords,
  'location',
  (meeting: MeetingRecord) => meeting.location,
  meetingLocations,
);
const participantIdsPart = recordPart(
  MeetingRecords,
  'participantIds',
  (meeting: MeetingRecord) => meeting.participantIds,
  meetingParticipantIds,
);

const tripStopIdsPart = recordPart(
  MeetingRecords,
  'tripStopIds',
  (meeting: MeetingRecord) => meeting.tripStopIds,
  meetingTripStopIds,
);

// A meeting's participants and its page of reports can come with its record.
const carriedParticipants = carriedRelation<MeetingParts, EntityParts>(
  MeetingRecords,
  'participants',
  {
    supersedes: 'participantIds',
    plan: (child, context) => ({ parts: entityPlan(child.values, child, context, false).parts }),
    merge: mergeParts,
    answer: (carried) => carried,
  },
);
const carriedReports = articlePageRelation(MeetingRecords, 'reportedBy', false);

// The place and country are ids in the location part; their records come from the node loaders.
const locatedBy = notCarried('ids in the location part, records from the node loader');
const stopsBy = notCarried('ids in the tripStopIds part, records from the meeting loader');

/** node(id) of a meeting reads what its selection carries with it. */
export const meetingNodeReader = nodeReader({
  kind: MeetingRecords,
  read: (ids, parts, context) => meetingsByIds(context.runner, ids, parts),
  prime: (context, record: MeetingRecord) => {
    Meeting.getDataloader(context).prime(record.id, record);
  },
});

Meeting.implement({
  description: 'Talks, a summit, a call or a visit, merged over every article that reports it.',
  fields: (t) => ({
    date: t.field({ type: 'Date', nullable: true, resolve: (meeting) => meeting.date }),
    dateInferred: t.boolean({
      description:
        'True when no report states the meeting\'s day and the date is the reporting article\'s ("ist zu Besuch in …" told in the present); a stated date replaces it when one is reported.',
      resolve: (meeting) => meeting.dateInferred,
    }),
    status: t.field({ type: MeetingStatus, resolve: (meeting) => meeting.status }),
    kind: t.field({ type: MeetingKind, resolve: (meeting) => meeting.kind }),
    place: t.field({
      type: City,
      nullable: true,
      extensions: needs(locationPart, locatedBy),
      resolve: async (meeting, _args, context) => (await locationPart.of(meeting, context)).placeId,
    }),
    country: t.field({
      type: Country,
      nullable: true,
      extensions: needs(locationPart, locatedBy),
      resolve: async (meeting, _args, context) =>
        (await locationPart.of(meeting, context)).countryId,
    }),
    participants: t.field({
      type: [Entity],
      extensions: needs(participantIdsPart, carriedParticipants),
      // The records when the meeting's statement carried them, else ids for the entity loader.
      resolve: (meeting, _args, context, info) =>
        carriedFor<EntityRecord[]>(context, info, meeting.id) ??
        participantIdsPart.of(meeting, context),
    }),
    tripStops: t.field({
      type: [Meeting],
      description:
        'The other meetings of the trip this one was a stop of (one traveller, several places and days told together), by date; empty when it was no stop of a trip.',
      // A trip told in one sentence has a handful of stops, not the default ten per list.
      complexity: { field: 1, multiplier: 3 },
      extensions: needs(tripStopIdsPart, stopsBy),
      resolve: (meeting, _args, context) => tripStopIdsPart.of(meeting, context),
    }),
    evidence: t.stringList({
      description: 'The reporting sentences.',
      extensions: needs(evidencePart),
      resolve: (meeting, _args, context) => evidencePart.of(meeting, context),
    }),
    reportedBy: t.loadable({
      type: ArticleConnection,
      description: 'Articles reporting the meeting, oldest first.',
      complexity: pagedComplexity,
      args: { first: t.arg.int(), after: t.arg.string() },
      extensions: needs(carriedReports),
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
      const plan = planOfField(MeetingRecords, info, context);
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
