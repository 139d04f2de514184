import type { ExtractedMeeting } from '../types.js';
import { type MeetingArticle, type MeetingFacts, meetingReports } from './extract.js';
import { mergeReports } from './merge.js';

export type { MeetingArticle, MeetingFacts } from './extract.js';
export { meetingId, mergeWithKnown } from './merge.js';

/** Meetings reported by these articles, merged across them, with stable ids. */
export function extractMeetings(
  articles: readonly MeetingArticle[],
  cityCountry: (cityId: string) => string | null,
  more: Partial<Omit<MeetingFacts, 'cityCountry'>> = {},
): ExtractedMeeting[] {
  const facts: MeetingFacts = {
    cityCountry,
    personCountry: more.personCountry ?? (() => null),
    formatMembers: more.formatMembers ?? (() => []),
  };
  return mergeReports(
    articles.flatMap((article) => meetingReports(article, facts)),
    cityCountry,
  );
}
