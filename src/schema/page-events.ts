import type { PageGraph } from '../ingest/types.js';
import type { PageIngestedEvent } from './live-events.js';

/** What a written page announces: its articles with the entities each names, its meetings and quotes. */
export function pageEventOf(graph: PageGraph): PageIngestedEvent {
  return {
    outletId: graph.outlet.id,
    articles: graph.articles.map((article) => ({
      id: article.id,
      outletId: article.outletId,
      entityIds: [...new Set(article.mentions.map((mention) => mention.entityId))],
    })),
    meetings: graph.meetings.map((meeting) => ({
      id: meeting.id,
      participantIds: meeting.participantIds,
      placeId: meeting.placeCityId,
      articleIds: [...new Set(meeting.reports.map((report) => report.articleId))],
    })),
    quotes: (graph.quotes ?? []).map(({ field, ...quote }) => ({
      ...quote,
      field: field === 'caption' ? 'body' : field,
    })),
  };
}
