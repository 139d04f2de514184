import { shortHash } from '../ids.js';
import type { ExtractedMeeting, MeetingKind } from '../types.js';
import type { MeetingReport } from './extract.js';

// The same meeting reported several times — by one article twice, or announced by one article and
// reported over by another — becomes one meeting. A merge that joins two events invents facts, so
// two reports merge only when nothing tells them apart: compatible kinds, at least two shared
// participants, places equal or one unknown, and dates equal — or one date unknown and the
// reporting articles within a week of each other.

interface Group {
  kind: MeetingReport['kind'];
  date: string | null;
  placeCityId: string | null;
  participants: Set<string>;
  reports: MeetingReport[];
}

/** What two candidates for one event are compared on. */
interface EventFacts {
  kind: MeetingKind;
  /** A stated date; an inferred one (the date line's day) counts as unknown here. */
  date: string | null;
  placeCityId: string | null;
  participantIds: readonly string[];
  /** Days (YYYY-MM-DD) of the articles reporting it. */
  reportDays: readonly string[];
}

/** Reports of an undated meeting join another only from articles at most this far apart. */
export const UNDATED_MERGE_DAYS = 7;

const isPerson = (id: string) => id.startsWith('person:');
const DAY_MS = 86_400_000;

/** At least two shared parties; and when both name people, one's people are among the other's
 * (a talk with Duda and one with Morawiecki on the same visit are two meetings), or at least
 * share one when one names a single person (the president's reception is not the premier's talks). */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const inA = new Set(a);
  if (b.filter((id) => inA.has(id)).length < 2) return false;
  const peopleA = a.filter(isPerson);
  const peopleB = b.filter(isPerson);
  if (peopleA.length === 0 || peopleB.length === 0) return true;
  if (!peopleB.some((id) => inA.has(id))) return false;
  if (peopleA.length < 2 || peopleB.length < 2) return true;
  return peopleA.every((id) => peopleB.includes(id)) || peopleB.every((id) => inA.has(id));
}

// A visit and the talks held during it are one event; calls and summits stand apart.
function compatibleKinds(a: MeetingKind, b: MeetingKind): boolean {
  const family = (kind: MeetingKind) => (kind === 'VISIT' ? 'TALKS' : kind);
  return family(a) === family(b);
}

function reportedWithinAWeek(a: readonly string[], b: readonly string[]): boolean {
  return a.some((dayA) =>
    b.some((dayB) => Math.abs(Date.parse(dayA) - Date.parse(dayB)) <= UNDATED_MERGE_DAYS * DAY_MS),
  );
}

/** Whether two reports may be one event; every refusal keeps two events apart. */
export function mayBeOneEvent(a: EventFacts, b: EventFacts): boolean {
  if (!compatibleKinds(a.kind, b.kind)) return false;
  if (a.placeCityId !== null && b.placeCityId !== null && a.placeCityId !== b.placeCityId)
    return false;
  if (a.date !== null && b.date !== null) {
    if (a.date !== b.date) return false;
  } else if (!reportedWithinAWeek(a.reportDays, b.reportDays)) return false;
  return overlaps(a.participantIds, b.participantIds);
}

function groupFacts(group: Group): EventFacts {
  return {
    kind: group.kind,
    date: group.date,
    placeCityId: group.placeCityId,
    participantIds: [...group.participants],
    reportDays: group.reports.map((r) => r.publishedAt.slice(0, 10)),
  };
}

function reportFacts(report: MeetingReport): EventFacts {
  return { ...report, reportDays: [report.publishedAt.slice(0, 10)] };
}

function meetingFacts(meeting: ExtractedMeeting): EventFacts {
  return {
    ...meeting,
    date: meeting.dateInferred ? null : meeting.date,
    reportDays: meeting.reports.flatMap((r) => (r.publishedOn ? [r.publishedOn] : [])),
  };
}

// Talks keep the ids they had before meetings had kinds; other kinds carry theirs in the id. An
// undated meeting carries the day of its first report: two undated meetings alike in all else but
// reported years apart are two events, and must not meet in one node through their id.
export function meetingId(
  date: string | null,
  placeCityId: string | null,
  participantIds: readonly string[],
  kind: MeetingKind = 'TALKS',
  firstReportDay: string | null = null,
): string {
  const when = date ?? (firstReportDay ? `undated:${firstReportDay}` : 'undated');
  const parts = [when, placeCityId ?? 'unknown-place', ...[...participantIds].sort()];
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
    group.date ??= report.date;
    group.placeCityId ??= report.placeCityId;
    for (const id of report.participantIds) group.participants.add(id);
  };

  // Dated reports first, so undated ones can find their dated twin.
  const ordered = [...reports].sort(
    (a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0),
  );
  for (const report of ordered) {
    if (report.date !== null) {
      const same = groups.find((g) => mayBeOneEvent(groupFacts(g), reportFacts(report)));
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
      .filter((g) => mayBeOneEvent(groupFacts(g), reportFacts(report)))
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

  // A trip whose other stops the text dates: an undated stop's day is unknown, not the report's
  // ("ist nach Paris und Warschau gereist", Warsaw dated 7.05 by a caption, the item of 12.05).
  const datedTrips = new Set(
    groups.filter((g) => g.date !== null).flatMap((g) => g.reports.flatMap((r) => r.trip ?? [])),
  );
  const meetings = groups.map((group) => {
    // "ist zu Besuch in Vilnius" with nothing dating the event: held on the date line's day, a
    // date inferred (a stated date elsewhere wins when reports merge).
    const onReportDay = group.reports.filter((r) => r.onReportDay);
    const dateInferred =
      group.date === null &&
      onReportDay.length > 0 &&
      !group.reports.some((r) => r.trip !== undefined && datedTrips.has(r.trip));
    if (dateInferred) {
      group.date = onReportDay.map((r) => r.publishedAt.slice(0, 10)).sort()[0] ?? null;
      for (const report of onReportDay) report.past = true;
    }
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
      ...(dateInferred ? { dateInferred } : {}),
      id: meetingId(
        group.date,
        group.placeCityId,
        participantIds,
        group.kind,
        group.reports.map((r) => r.publishedAt.slice(0, 10)).sort()[0] ?? null,
      ),
      date: group.date,
      kind: group.kind,
      status: group.reports.some((r) => r.cancelled) ? 'CANCELLED' : planned ? 'PLANNED' : 'HELD',
      placeCityId: group.placeCityId,
      placeCountryId: group.placeCityId ? cityCountry(group.placeCityId) : null,
      participantIds,
      reports: [...reportsByArticle.values()]
        .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
        .map((r) => ({
          articleId: r.articleId,
          evidence: r.evidence,
          publishedOn: r.publishedAt.slice(0, 10),
        })),
    } satisfies ExtractedMeeting;
  });
  // A trip's stops are their own meetings; each knows the others.
  return meetings.map((meeting, index) => {
    const trips = new Set(groups[index]?.reports.flatMap((r) => (r.trip ? [r.trip] : [])));
    if (trips.size === 0) return meeting;
    const others = meetings.filter(
      (_meeting, o) => o !== index && groups[o]?.reports.some((r) => r.trip && trips.has(r.trip)),
    );
    return others.length > 0
      ? { ...meeting, tripStopIds: others.map((other) => other.id).sort() }
      : meeting;
  });
}

function distance(date: string | null, day: string): number {
  if (date === null) return Number.MAX_SAFE_INTEGER;
  return Math.abs(Date.parse(date) - Date.parse(day));
}

/**
 * Meetings of a new page against meetings already known (from earlier pages): one that may be the
 * same event (`mayBeOneEvent`) takes the known meeting's id and joins its facts, so one event stays
 * one node.
 */
export function mergeWithKnown(
  meetings: readonly ExtractedMeeting[],
  known: readonly ExtractedMeeting[],
): ExtractedMeeting[] {
  const merged = meetings.map((meeting): ExtractedMeeting => {
    // The same id is the same node: its reports and facts join whatever the rules say.
    const twin =
      known.find((k) => k.id === meeting.id) ??
      known.find((k) => mayBeOneEvent(meetingFacts(k), meetingFacts(meeting)));
    if (!twin) return meeting;
    const stated = (m: ExtractedMeeting) => (m.dateInferred ? null : m.date);
    const date = stated(twin) ?? stated(meeting) ?? twin.date ?? meeting.date;
    const dateInferred = stated(twin) === null && stated(meeting) === null && date !== null;
    const held = twin.status === 'HELD' || meeting.status === 'HELD';
    const cancelled = twin.status === 'CANCELLED' || meeting.status === 'CANCELLED';
    return {
      ...meeting,
      id: twin.id,
      date,
      dateInferred,
      status: cancelled ? 'CANCELLED' : held ? 'HELD' : 'PLANNED',
      placeCityId: twin.placeCityId ?? meeting.placeCityId,
      placeCountryId: twin.placeCountryId ?? meeting.placeCountryId,
      participantIds: [...new Set([...twin.participantIds, ...meeting.participantIds])].sort(),
      reports: [
        ...twin.reports.filter((r) => !meeting.reports.some((m) => m.articleId === r.articleId)),
        ...meeting.reports,
      ],
    };
  });
  // A trip's other stops may have taken known ids too.
  const idOf = new Map(meetings.map((meeting, index) => [meeting.id, merged[index]?.id as string]));
  return merged.map((meeting) =>
    meeting.tripStopIds
      ? { ...meeting, tripStopIds: meeting.tripStopIds.map((id) => idOf.get(id) ?? id) }
      : meeting,
  );
}
