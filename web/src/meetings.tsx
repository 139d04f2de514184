import { Fragment } from 'preact';
import { FormatMembersDocument, type MeetingDetailFragment } from './generated/operations';
import { useOperation } from './hooks';
import { EntityLink, formatDate, MEETING_KIND, MEETING_STATUS } from './ui';

type Participant = MeetingDetailFragment['participants'][number];

// nodes(ids:) takes as many ids as a page has items (MAX_PAGE_SIZE, 100 by default).
const MAX_IDS = 100;

/**
 * The member states of the organisations among the meetings' participants, by organisation id:
 * one small request for the whole list once it is drawn (empty until it answers).
 */
function useFormatMembers(meetings: MeetingDetailFragment[]): ReadonlyMap<string, Set<string>> {
  const ids = [
    ...new Set(
      meetings.flatMap((m) =>
        m.participants.filter((p) => p.__typename === 'Organization').map((p) => p.id),
      ),
    ),
  ]
    .sort()
    .slice(0, MAX_IDS);
  const loaded = useOperation(FormatMembersDocument, ids.length > 0 ? { ids } : null);
  const members = new Map<string, Set<string>>();
  if (loaded.state !== 'done') return members;
  for (const node of loaded.data.nodes)
    if (node && 'members' in node && node.members.length > 0)
      members.set(node.id, new Set(node.members.map((c) => c.id)));
  return members;
}

/** Participants, a format's member states listed with it: they sit at the table as its members. */
function Participants({
  participants,
  formatMembers,
}: {
  participants: Participant[];
  formatMembers: ReadonlyMap<string, Set<string>>;
}) {
  if (participants.length === 0) return <>none named</>;
  const formats = participants.filter((p) => formatMembers.has(p.id));
  const seated = new Set<string>();
  const groups = formats.map((format) => {
    const members = participants.filter(
      (p) => formatMembers.get(format.id)?.has(p.id) && !seated.has(p.id),
    );
    for (const member of members) seated.add(member.id);
    return { format, members };
  });
  const others = participants.filter((p) => !formatMembers.has(p.id) && !seated.has(p.id));
  const parts = [
    ...groups.map(({ format, members }) => (
      <span key={format.id} class="format-party">
        <EntityLink entity={format} />
        {members.length > 0 ? (
          <span class="format-members">
            {' '}
            (its members at the table:{' '}
            {members.map((member, i) => (
              <span key={member.id}>
                {i > 0 ? ', ' : ''}
                <EntityLink entity={member} />
              </span>
            ))}
            )
          </span>
        ) : null}
      </span>
    )),
    ...others.map((p) => <EntityLink key={p.id} entity={p} />),
  ];
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={part.key}>
          {i > 0 ? ', ' : ''}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** Meetings: when, what kind, where, who, whether held, who reported it and in which words. */
export function MeetingList({
  meetings,
  empty,
}: {
  meetings: MeetingDetailFragment[];
  empty: string;
}) {
  const formatMembers = useFormatMembers(meetings);
  if (meetings.length === 0) return <p class="message">{empty}</p>;
  return (
    <ol class="meetings">
      {meetings.map((meeting) => (
        <li key={meeting.id} class="meeting" data-date={meeting.date ?? ''}>
          <p class="meeting-head">
            <time dateTime={meeting.date ?? undefined}>{formatDate(meeting.date)}</time>
            {meeting.dateInferred ? (
              <span class="inferred" title="No report states the day: the reporting article's date">
                (report's day)
              </span>
            ) : null}
            <span class={`badge kind-${meeting.kind}`}>
              {MEETING_KIND[meeting.kind] ?? meeting.kind}
            </span>
            <span class="place">
              {meeting.place ? `in ${meeting.place.name}` : 'place unknown'}
            </span>
            <span class={`badge status-${meeting.status}`}>
              {MEETING_STATUS[meeting.status] ?? meeting.status}
            </span>
          </p>
          <p class="participants">
            <span class="label">Participants:</span>{' '}
            <Participants participants={meeting.participants} formatMembers={formatMembers} />
          </p>
          {meeting.tripStops.length > 0 ? (
            <p class="trip-stops">
              <span class="label">Other stops of the trip:</span>{' '}
              {meeting.tripStops.map((stop, i) => (
                <span key={stop.id} class="trip-stop">
                  {i > 0 ? '; ' : ''}
                  {formatDate(stop.date)} {stop.place ? `in ${stop.place.name}` : '(place unknown)'}
                </span>
              ))}
            </p>
          ) : null}
          <details>
            <summary>
              Reported by {meeting.reportedBy.totalCount} article
              {meeting.reportedBy.totalCount === 1 ? '' : 's'}
              {meeting.evidence.length > 0
                ? `, ${meeting.evidence.length} evidence sentence${meeting.evidence.length === 1 ? '' : 's'}`
                : ''}
            </summary>
            <ul class="reported-by">
              {meeting.reportedBy.edges.map(({ node }) => (
                <li key={node.id}>
                  <time dateTime={node.publishedAt}>{formatDate(node.publishedAt)}</time>{' '}
                  {node.url ? <a href={node.url}>{node.title}</a> : node.title}
                </li>
              ))}
            </ul>
            {meeting.evidence.map((sentence) => (
              <blockquote key={sentence}>{sentence}</blockquote>
            ))}
          </details>
        </li>
      ))}
    </ol>
  );
}
