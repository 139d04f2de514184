import { builder } from './builder.js';
import { rawId } from './global-ids.js';
import type { LiveDelivery, PageIngestedEvent } from './live-events.js';
import { Article, Entity, Meeting } from './refs.js';

// Live updates: what a committed ingestPage changed, filtered per subscriber. Payloads are ids,
// resolved through the same loaders as queries, so a subscription selects what a query would; each
// comes with its page event, so that every subscriber of one event shares its reads.

interface MeetingReportShape {
  meetingId: string;
  articleIds: string[];
  bookmark: string | null;
}

interface EntityMentionShape {
  entityId: string;
  articleId: string;
  bookmark: string | null;
}

// The page's Neo4j bookmark: a follower that reconnects sends it with its catch-up reads.
const bookmarkOf = (event: PageIngestedEvent) =>
  event.bookmarks?.length ? event.bookmarks.join(',') : null;

const BOOKMARK_DESCRIPTION =
  'The Neo4j bookmark of the page’s transaction: send it as `x-neo4j-bookmark` on the reads that catch up after a reconnect, so that they are at least this fresh.';

/** Each page event turned into zero or more payloads; closing the result closes the source. */
export function expand<T>(
  source: AsyncIterable<PageIngestedEvent>,
  payloadsOf: (event: PageIngestedEvent) => T[],
): AsyncIterable<LiveDelivery<T>> {
  const inner = source[Symbol.asyncIterator]();
  const pending: LiveDelivery<T>[] = [];
  return {
    [Symbol.asyncIterator]: () => ({
      next: async (): Promise<IteratorResult<LiveDelivery<T>>> => {
        while (pending.length === 0) {
          const step = await inner.next();
          if (step.done) return { value: undefined, done: true };
          const event = step.value;
          pending.push(...payloadsOf(event).map((payload) => ({ event, payload })));
        }
        return { value: pending.shift() as LiveDelivery<T>, done: false };
      },
      return: async (): Promise<IteratorResult<LiveDelivery<T>>> => {
        await inner.return?.();
        return { value: undefined, done: true };
      },
    }),
  };
}

builder.subscriptionType({ authScopes: { read: true } });

const ArticleIngestedWhere = builder.inputType('ArticleIngestedWhere', {
  fields: (t) => ({
    mentions: t.idList({ description: 'Entity ids the article must all mention.' }),
    outlet: t.id({ description: 'Only articles of this outlet.' }),
  }),
});

builder.subscriptionField('articleIngested', (t) =>
  t.field({
    type: Article,
    description: 'Each article of an ingested page, once its transaction has committed.',
    args: { where: t.arg({ type: ArticleIngestedWhere }) },
    subscribe: (_root, { where }, context) => {
      const mentions = where?.mentions?.map((id) => rawId(String(id), 'where.mentions')) ?? [];
      const outlet = where?.outlet ? rawId(String(where.outlet), 'where.outlet', ['Outlet']) : null;
      return expand(context.events.subscribe(), (event) =>
        event.articles
          .filter(
            (article) =>
              (outlet === null || article.outletId === outlet) &&
              mentions.every((id) => article.entityIds.includes(id)),
          )
          .map((article) => article.id),
      );
    },
    resolve: (delivery: LiveDelivery<string>) => delivery.payload,
  }),
);

const MeetingReport = builder.objectRef<MeetingReportShape>('MeetingReport').implement({
  description:
    'A meeting an ingested page reported (new, or merged with earlier reports), and the page’s articles that report it.',
  fields: (t) => ({
    meeting: t.field({ type: Meeting, resolve: (report) => report.meetingId }),
    articles: t.field({ type: [Article], resolve: (report) => report.articleIds }),
    bookmark: t.exposeString('bookmark', { nullable: true, description: BOOKMARK_DESCRIPTION }),
  }),
});

const MeetingReportedWhere = builder.inputType('MeetingReportedWhere', {
  fields: (t) => ({
    participant: t.id({ description: 'Only meetings this person or country took part in.' }),
    place: t.id({ description: 'Only meetings held in this city.' }),
  }),
});

builder.subscriptionField('meetingReported', (t) =>
  t.field({
    type: MeetingReport,
    description: 'Each meeting an ingested page reports, once its transaction has committed.',
    args: { where: t.arg({ type: MeetingReportedWhere }) },
    subscribe: (_root, { where }, context) => {
      const participant = where?.participant
        ? rawId(String(where.participant), 'where.participant')
        : null;
      const place = where?.place ? rawId(String(where.place), 'where.place', ['City']) : null;
      return expand(context.events.subscribe(), (event) =>
        event.meetings
          .filter(
            (meeting) =>
              (participant === null || meeting.participantIds.includes(participant)) &&
              (place === null || meeting.placeId === place),
          )
          .map((meeting) => ({
            meetingId: meeting.id,
            articleIds: meeting.articleIds,
            bookmark: bookmarkOf(event),
          })),
      );
    },
    resolve: (delivery: LiveDelivery<MeetingReportShape>) => delivery.payload,
  }),
);

const EntityMention = builder.objectRef<EntityMentionShape>('EntityMention').implement({
  description: 'An ingested article that names the entity.',
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (mention) => mention.entityId }),
    article: t.field({ type: Article, resolve: (mention) => mention.articleId }),
    bookmark: t.exposeString('bookmark', { nullable: true, description: BOOKMARK_DESCRIPTION }),
  }),
});

builder.subscriptionField('entityMentioned', (t) =>
  t.field({
    type: EntityMention,
    description:
      'Each ingested article that names this entity, once its transaction has committed.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: (_root, { id }, context) => {
      const entityId = rawId(String(id), 'id');
      return expand(context.events.subscribe(), (event) =>
        event.articles
          .filter((article) => article.entityIds.includes(entityId))
          .map((article) => ({ entityId, articleId: article.id, bookmark: bookmarkOf(event) })),
      );
    },
    resolve: (delivery: LiveDelivery<EntityMentionShape>) => delivery.payload,
  }),
);
