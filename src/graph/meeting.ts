import { type ArticleRecord, toArticlePage } from './article.js';
import type { ArticlePageParts, MeetingParts } from './parts.js';
import type { KeyedPage, MeetingLocation, MeetingRecord } from './records.js';
import type { QueryRunner } from './runner.js';

// Batch functions for Meeting nodes and relations.

export async function meetingsByIds(
  runner: QueryRunner,
  ids: readonly string[],
  parts: MeetingParts,
): Promise<MeetingRecord[]> {
  return (await runner.read('meeting/by-ids', { ids, meeting: parts })).map(
    (row) => row.meeting as MeetingRecord,
  );
}

/** Where meetings were held, for records that were read without it. */
export async function meetingLocations(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, MeetingLocation>> {
  return runner.readKeyed<MeetingLocation>('meeting/locations', { ids }, 'location');
}

/** Who took part in meetings whose records were read without it. */
export async function meetingParticipantIds(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  return runner.readKeyed<string[]>('meeting/participant-ids', { ids }, 'participantIds');
}

/** The other stops of the trips of meetings whose records were read without them. */
export async function meetingTripStopIds(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  return runner.readKeyed<string[]>('meeting/trip-stop-ids', { ids }, 'tripStopIds');
}

/** The reporting sentences of meetings whose records were read without them. */
export async function meetingEvidence(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  return runner.readKeyed<string[]>('meeting/evidence', { ids }, 'evidence');
}

/** Per meeting, a page of the articles reporting it, keyed by meeting id. */
export async function reportedByPages(
  runner: QueryRunner,
  ids: readonly string[],
  page: ArticlePageParts,
): Promise<KeyedPage<ArticleRecord>[]> {
  return (await runner.read('meeting/reported-by-page', { ids, page })).map(toArticlePage);
}

export interface MeetingFilter {
  from: string | null;
  to: string | null;
  place: string | null;
  participant: string | null;
}

export async function meetingPage(
  runner: QueryRunner,
  filter: MeetingFilter,
  offset: number,
  limit: number,
  parts: MeetingParts,
): Promise<{ total: number; meetings: MeetingRecord[] }> {
  const [row] = await runner.read('meeting/page', { ...filter, offset, limit, meeting: parts });
  return { total: Number(row?.total ?? 0), meetings: (row?.meetings ?? []) as MeetingRecord[] };
}
