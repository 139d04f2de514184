import { shortHash } from '../ids.js';
import type { ExtractedMeeting, MeetingKind } from '../types.js';
import type { MeetingReport } from './extract.js';

// The same meeting reported several times — by one article twice, or announced by one article and
// reported over by another — becomes one meeting: same place, overlapping participants, and dates
// that agree or are missing on one side (an undated report joins the nearest dated meeting on the
// side of its tense: before its article for past tense, after it for future tense).

interface Group {
  kind: MeetingReport['kind'];
  date: string | null;
  placeCityId: string | null;
  participants: Set<string>;
  reports: MeetingReport[];
}

const isPerson = (id: string) => id.startsWith('person:');

/** Shared parties; and when both name people, one's people are among the other's (a talk with
 * Duda and one with Morawiecki on the same visit are two meetings). */
function overlaps(a: Set<string>, b: readonly string[]): boolean {
  const shared = b.filter((id) => a.has(id)).length;
  if (shared < Math.min(2, a.size, b.length)) return false;
  const peopleA = [...a].filter(isPerson);
  const peopleB = b.filter(isPerson);
  if (peopleA.length < 2 || peopleB.length < 2) return true;
  return peopleA.every((id) => peopleB.includes(id)) || peopleB.every((id) => a.has(id));
}

// A visit and the talks held during it are one event; calls and summits stand apart.
function compatibleKinds(a: MeetingKind, b: MeetingKind): boolean {
  const family = (kind: MeetingKind) => (kind === 'VISIT' ? 'TALKS' : kind);
  return family(a) === family(b);
}

function samePlace(group: Group, report: MeetingReport): boolean {
  return compatibleKinds(group.kind, report.kind) && group.placeCityId === report.placeCityId;
}

// Talks keep the ids they had before meetings had kinds; other kinds carry theirs in the id.
export function meetingId(
  date: string | null,
  placeCityId: string | null,
  participantIds: readonly string[],
  kind: MeetingKind = 'TALKS',
): string {
  const parts = [date ?? 'undated', placeCityId ?? 'unknown-place', ...[...participantIds].sort()];
  return `meeting:${shortHash(...(kind === 'TALKS' ? parts : [kind, ...parts]))}`;
}

export function mergeReports(
  reports: readonly MeetingReport[],
  cityCountry: (cityId: string) => string | null,
): ExtractedMeeting[] {
  const groups: Group[] = [];
  const join = (group: Group, report: MeetingReport) => {
    group.reports.push(report);
    if (report.kind === 'VISIT') group.kind = 'VISIT';
    for (const id of report.participantIds) group.participants.add(id);
  };

  // Dated reports first, so undated ones can find their dated twin.
  const ordered = [...reports].sort(
    (a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0),
  );
  for (const report of ordered) {
    if (report.date !== null) {
      const same = groups.find(
        (g) =>
          g.date === report.date &&
          samePlace(g, report) &&
          overlaps(g.participants, report.participantIds),
      );
      if (same) join(same, report);
      else
        groups.push({
          kind: report.kind,
          date: report.date,
          placeCityId: report.placeCityId,
          participants: new Set(report.participantIds),
          reports: [report],
        });
      continue;
    }
    const articleDay = report.publishedAt.slice(0, 10);
    const candidates = groups
      .filter((g) => samePlace(g, report) && overlaps(g.participants, report.participantIds))
      .filter(
        (g) =>
          g.date === null ||
          (report.future ? g.date >= articleDay : report.past ? g.date <= articleDay : true),
      )
      .sort((a, b) => distance(a.date, articleDay) - distance(b.date, articleDay));
    const target = candidates[0];
    if (target) join(target, report);
    else
      groups.push({
        kind: report.kind,
        date: null,
        placeCityId: report.placeCityId,
        participants: new Set(report.participantIds),
        reports: [report],
      });
  }

  return groups.map((group) => {
    const participantIds = [...group.participants].sort();
    const reportsByArticle = new Map<string, MeetingReport>();
    for (const report of group.reports)
      if (!reportsByArticle.has(report.articleId)) reportsByArticle.set(report.articleId, report);
    // Planned only while every report comes before the date (or, undated, speaks of the future).
    // On its own day a meeting is planned unless a report speaks of it as done.
    const planned = group.date
      ? group.reports.every(
          (r) =>
            r.publishedAt.slice(0, 10) < (group.date as string) ||
            (r.publishedAt.slice(0, 10) === group.date && !r.past),
        )
      : group.reports.every((r) => r.future);
    return {
      id: meetingId(group.date, group.placeCityId, participantIds, group.kind),
      date: group.date,
      kind: group.kind,
      status: planned ? 'PLANNED' : 'HELD',
      placeCityId: group.placeCityId,
      placeCountryId: group.placeCityId ? cityCountry(group.placeCityId) : null,
      participantIds,
      reports: [...reportsByArticle.values()]
        .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
        .map((r) => ({ articleId: r.articleId, evidence: r.evidence })),
    } satisfies ExtractedMeeting;
  });
}

function distance(date: string | null, day: string): number {
  if (date === null) return Number.MAX_SAFE_INTEGER;
  return Math.abs(Date.parse(date) - Date.parse(day));
}

/**
 * Meetings of a new page against meetings already known (from earlier pages): one that is the same
 * event — same kind, dates equal or one missing, overlapping participants, same place or one
 * unknown — takes the known meeting's id and joins its facts, so one event stays one node.
 */
export function mergeWithKnown(
  meetings: readonly ExtractedMeeting[],
  known: readonly ExtractedMeeting[],
): ExtractedMeeting[] {
  return meetings.map((meeting) => {
    const twin = known.find(
      (k) =>
        k.id !== meeting.id &&
        compatibleKinds(k.kind, meeting.kind) &&
        (k.date === null || meeting.date === null || k.date === meeting.date) &&
        (k.placeCityId === null ||
          meeting.placeCityId === null ||
          k.placeCityId === meeting.placeCityId) &&
        overlaps(new Set(k.participantIds), meeting.participantIds),
    );
    if (!twin) return meeting;
    const date = twin.date ?? meeting.date;
    const held = twin.status === 'HELD' || meeting.status === 'HELD';
    return {
      ...meeting,
      id: twin.id,
      date,
      status: held ? 'HELD' : 'PLANNED',
      placeCityId: twin.placeCityId ?? meeting.placeCityId,
      placeCountryId: twin.placeCountryId ?? meeting.placeCountryId,
      participantIds: [...new Set([...twin.participantIds, ...meeting.participantIds])].sort(),
      reports: [
        ...twin.reports.filter((r) => !meeting.reports.some((m) => m.articleId === r.articleId)),
        ...meeting.reports,
      ],
    };
  });
}
