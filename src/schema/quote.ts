import { literalLuceneQuery } from '../graph/fulltext.js';
import {
  type QuoteRecord,
  quotePage,
  quotesByIds,
  quotesOfArticles,
  quotesOfSpeakers,
} from '../graph/quote.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { decodeCursor } from './cursor.js';
import { ArticleField } from './enums.js';
import { rawId } from './global-ids.js';
import type { LiveDelivery } from './live-events.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { toConnection } from './pagination.js';
import { totalCountOf } from './pagination.js';
import { Article, Entity, Organization, Person } from './refs.js';
import { expand } from './subscriptions.js';

// Quote: a statement an article attributes, with its speaker (or the words standing for one),
// the entities it is about and where it stands; Article.quotes, Person.quotes,
// Organization.quotes and the root `quotes` list. Every list is one statement per batch.

// A Relay node: node(id:) reads it by its id, one statement per batch of ids.
export const Quote = builder.loadableNodeRef<QuoteRecord>('Quote', {
  id: { resolve: (quote) => quote.id },
  load: (ids: string[], context: GraphContext) => quotesByIds(context.runner, ids),
  sort: (quote) => quote.id,
});

Quote.implement({
  description: 'A statement an article attributes: in quotation marks (direct) or reported.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The statement as written, without its marks.' }),
    direct: t.exposeBoolean('direct', {
      description: 'In quotation marks (or a headline statement); false for reported speech.',
    }),
    speaker: t.field({
      type: Entity,
      nullable: true,
      description: 'The person or organisation who speaks, when the article names one.',
      resolve: (quote) => quote.speakerId,
    }),
    speakerText: t.exposeString('speakerText', {
      nullable: true,
      description: 'The words that stand for the speaker when nobody is named ("ein Sprecher").',
    }),
    about: t.field({
      type: [Entity],
      description: 'Entities mentioned inside the statement.',
      resolve: (quote) => quote.aboutIds,
    }),
    article: t.field({ type: Article, resolve: (quote) => quote.articleId }),
    sentence: t.exposeString('sentence'),
    field: t.field({
      type: ArticleField,
      description:
        'Where the offsets point: the title, the lead or the body (paragraphs joined by a blank line).',
      resolve: (quote) => quote.field.toUpperCase() as 'TITLE' | 'LEAD' | 'BODY',
    }),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    publishedAt: t.field({
      type: 'DateTime',
      resolve: (quote) => quote.publishedAt.replace(/\[.*\]$/, ''),
    }),
  }),
});

export const QuoteConnection = builder.connectionObject(
  {
    type: Quote,
    name: 'QuoteConnection',
    fields: (t) => ({ totalCount: t.int({ resolve: (connection) => totalCountOf(connection) }) }),
  },
  { name: 'QuoteEdge' },
);

function offsetOf(after: string | null | undefined): number {
  return after ? Number(decodeCursor(after, 1)[0]) + 1 : 0;
}

function quoteConnection(quotes: QuoteRecord[], limit: number, total: number, offset: number) {
  return toConnection(quotes, limit, total, offset > 0, (_quote, index) => [offset + index]);
}

builder.objectField(Article, 'quotes', (t) =>
  t.loadableList({
    type: Quote,
    description: 'The statements the article attributes, in reading order.',
    byPath: true,
    load: async (ids: string[], context: GraphContext) => {
      const byArticle = await quotesOfArticles(context.runner, ids);
      return ids.map((id) => byArticle.get(id) ?? []);
    },
    resolve: (article) => article.id,
  }),
);

/** `quotes(first, after, about, from, to)` of a speaker type: one page per speaker per batch. */
function speakerQuotes(ref: typeof Person | typeof Organization) {
  builder.objectField(ref, 'quotes', (t) =>
    t.loadable({
      type: QuoteConnection,
      description: 'What this entity said, newest first.',
      complexity: pagedComplexity,
      args: {
        first: t.arg.int(),
        after: t.arg.string(),
        about: t.arg.id({ description: 'Only statements that mention this entity.' }),
        from: t.arg({ type: 'DateTime', description: 'Published at or after.' }),
        to: t.arg({ type: 'DateTime', description: 'Published before.' }),
      },
      byPath: true,
      load: async (ids: string[], context: GraphContext, args) => {
        const limit = pageSizeOf(args.first, context.limits);
        const offset = offsetOf(args.after);
        const pages = await quotesOfSpeakers(
          context.runner,
          ids,
          {
            about: args.about ? rawId(String(args.about), 'about') : null,
            from: args.from ?? null,
            to: args.to ?? null,
          },
          offset,
          limit + 1,
        );
        return ids.map((id) => {
          const page = pages.get(id) ?? { total: 0, quotes: [] };
          return quoteConnection(page.quotes, limit, page.total, offset);
        });
      },
      resolve: (entity) => entity.id,
    }),
  );
}

speakerQuotes(Person);
speakerQuotes(Organization);

export const QuoteWhere = builder.inputType('QuoteWhere', {
  fields: (t) => ({
    speaker: t.id({ description: 'Said by this person or organisation.' }),
    about: t.id({ description: 'Mentioning this entity.' }),
    from: t.field({ type: 'DateTime', description: 'Published at or after.' }),
    to: t.field({ type: 'DateTime', description: 'Published before.' }),
    text: t.string({ description: 'Containing these words (taken literally, German stemming).' }),
  }),
});

builder.queryFields((t) => ({
  quotes: t.field({
    type: QuoteConnection,
    description: 'Quotes, newest first.',
    complexity: pagedComplexity,
    args: { where: t.arg({ type: QuoteWhere }), first: t.arg.int(), after: t.arg.string() },
    resolve: async (_root, args, context) => {
      const limit = pageSizeOf(args.first, context.limits);
      const offset = offsetOf(args.after);
      const where = args.where;
      const { total, quotes } = await quotePage(
        context.runner,
        {
          speaker: where?.speaker ? rawId(String(where.speaker), 'where.speaker') : null,
          about: where?.about ? rawId(String(where.about), 'where.about') : null,
          from: where?.from ?? null,
          to: where?.to ?? null,
          text: where?.text ? literalLuceneQuery(where.text) : null,
        },
        offset,
        limit + 1,
      );
      return quoteConnection(quotes, limit, total, offset);
    },
  }),
}));

builder.subscriptionField('quoteIngested', (t) =>
  t.field({
    type: Quote,
    description: 'Each quote of an ingested page, once its transaction has committed.',
    args: {
      speaker: t.arg.id({ description: 'Only what this person or organisation said.' }),
      about: t.arg.id({ description: 'Only statements that mention this entity.' }),
    },
    subscribe: (_root, args, context) => {
      const speaker = args.speaker ? rawId(String(args.speaker), 'speaker') : null;
      const about = args.about ? rawId(String(args.about), 'about') : null;
      return expand(context.events.subscribe(), (event) =>
        (event.quotes ?? []).filter(
          (quote) =>
            (speaker === null || quote.speakerId === speaker) &&
            (about === null || quote.aboutIds.includes(about)),
        ),
      );
    },
    resolve: (delivery: LiveDelivery<QuoteRecord>) => delivery.payload,
  }),
);
