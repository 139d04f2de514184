import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../project-root.js';
import type { ExtractedMeeting } from '../types.js';
import { meetingId } from './merge.js';

// seeds/meetings.json: the curated meetings of the seed page (see seeds/meetings.README.md).

const curatedMeeting = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    status: z.enum(['PLANNED', 'HELD', 'CANCELLED']),
    place: z
      .string()
      .regex(/^city:[a-z0-9-]+$/)
      .nullable(),
    country: z
      .string()
      .regex(/^country:[A-Z]{2}$/)
      .nullable(),
    participants: z.array(z.string()).min(2),
    reportedBy: z.array(z.string().regex(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/)).min(1),
    evidence: z.array(z.string().min(1)).min(1),
  })
  .strict()
  .refine(
    (m) => m.evidence.length === m.reportedBy.length,
    'evidence needs one sentence per reporting article',
  );

export type CuratedMeeting = z.infer<typeof curatedMeeting>;

export const curatedMeetingsPath = join(projectRoot, 'seeds', 'meetings.json');

export function loadCuratedMeetings(path = curatedMeetingsPath): CuratedMeeting[] {
  const parsed = z.array(curatedMeeting).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `Invalid ${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

/** A curated meeting as the extractor would produce it, articles found by their date line. */
export function curatedToExtracted(
  curated: CuratedMeeting,
  articleIdByDateLine: (line: string) => string | undefined,
): ExtractedMeeting {
  const participantIds = [...curated.participants].sort();
  return {
    id: meetingId(curated.date, curated.place, participantIds),
    date: curated.date,
    kind: 'TALKS',
    status: curated.status,
    placeCityId: curated.place,
    placeCountryId: curated.country,
    participantIds,
    reports: curated.reportedBy.flatMap((line, index) => {
      const articleId = articleIdByDateLine(line);
      const [day, month, year] = line.slice(0, 10).split('.');
      return articleId
        ? [
            {
              articleId,
              evidence: curated.evidence[index] as string,
              publishedOn: `${year}-${month}-${day}`,
            },
          ]
        : [];
    }),
  };
}

/** An extracted meeting in the curated file's shape, for comparison. */
export function extractedToCurated(
  meeting: ExtractedMeeting,
  dateLineOf: (articleId: string) => string,
): CuratedMeeting {
  return {
    date: meeting.date,
    status: meeting.status,
    place: meeting.placeCityId,
    country: meeting.placeCountryId,
    participants: [...meeting.participantIds].sort(),
    reportedBy: meeting.reports.map((report) => dateLineOf(report.articleId)),
    evidence: meeting.reports.map((report) => report.evidence),
  };
}
