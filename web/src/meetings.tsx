import type { MeetingDetailFragment } from './generated/operations';
import { EntityLink, formatDate, MEETING_KIND, MEETING_STATUS } from './ui';

/** Meetings: when, what kind, where, who, whether held, who reported it and in which words. */
export function MeetingList({
  meetings,
  empty,
}: {
  meetings: MeetingDetailFragment[];
  empty: string;
}) {
  if (meetings.length === 0) return <p class="message">{empty}</p>;
  return (
    <ol class="meetings">
      {meetings.map((meeting) => (
        <li key={meeting.id} class="meeting" data-date={meeting.date ?? ''}>
          <p class="meeting-head">
            <time dateTime={meeting.date ?? undefined}>{formatDate(meeting.date)}</time>
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
            {meeting.participants.length === 0
              ? 'none named'
              : meeting.participants.map((p, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    <EntityLink key={p.id} entity={p} />
                  </>
                ))}
          </p>
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
