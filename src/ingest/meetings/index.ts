import type { ExtractedMeeting } from '../types.js';
import { type MeetingArticle, meetingReports } from './extract.js';
import { mergeReports } from './merge.js';

export type { MeetingArticle } from './extract.js';
export { meetingId } from './merge.js';

/** Meetings reported by these articles, merged across them, with stable ids. */
export function extractMeetings(
  articles: readonly MeetingArticle[],
  cityCountry: (cityId: string) => string | null,
): ExtractedMeeting[] {
  return mergeReports(articles.flatMap(meetingReports), cityCountry);
}
