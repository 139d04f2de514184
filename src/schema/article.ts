import {
  type ArticleDetails,
  type ArticlePageOptions,
  type ArticleRecord,
  type ArticleText,
  articleDetails,
  articleMentionPages,
  articlePage,
  articlePublishedAt,
  articlesByIds,
  articleTexts,
} from '../graph/article.js';
import { literalLuceneQuery } from '../graph/fulltext.js';
import type { KeyedPage, MentionRecord } from '../graph/records.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { articleParts, fallbackLoader } from './heavy-fields.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { decodeCursor } from './cursor.js';
import { rawId } from './global-ids.js';
import { type Connection, selectsField, toConnection, totalCountOf } from './pagination.js';

// Article: the node, its relations (all batched per request), and the root `articles` list.

// Records read without their text (the request's document named no text field: heavy-fields.ts)
// get it here, one statement per batch.
const articleTextLoader = fallbackLoader('Article', articleTexts);

/** The text fields (ARTICLE_TEXT_FIELDS) resolve through this. */
function articleTextOf(article: ArticleRecord, context: GraphContext): ArticleText | Promise<ArticleText> {
  return article.text ?? articleTextLoader(context).load(article.id);
}

// The same for records read without their details.
const articleDetailsLoader = fallbackLoader('Article', articleDetails);

/** The detail fields (ARTICLE_DETAIL_FIELDS) resolve through this. */
function articleDetailsOf(article: ArticleRecord, context: GraphContext): ArticleDetails | Promise<ArticleDetails> {
  return article.details ?? articleDetailsLoader(context).load(article.id);
}

// The same for records read without publishedAt.
const publishedAtLoader = fallbackLoader('Article', articlePublishedAt);

export const Article = builder.loadableNode('Article', {
  description: 'One dated news item from a page.',
  id: { resolve: (article: ArticleRecord) => article.id },
  load: (ids: string[], context) => articlesByIds(context.runner, ids, articleParts(context)),
  sort: (article) => article.id,
  fields: (t) => ({
    title: t.exposeString('title'),
    publishedAt: t.field({
      type: 'DateTime',
      // The offset stays, the zone id goes (a DateTime is RFC 3339): one string less per record to ship.
      resolve: async (article, _args, context) =>
        (article.publishedAtKey ?? (await publishedAtLoader(context).load(article.id))).replace(/\[.*\]$/, ''),
    }),
    lead: t.string({
      description: 'The first paragraph.',
      resolve: async (article, _args, context) => (await articleTextOf(article, context)).lead,
    }),
    body: t.string({
      description: 'Paragraphs after the lead, separated by a blank line.',
      resolve: async (article, _args, context) => (await articleTextOf(article, context)).body,
    }),
    text: t.string({
      description: 'Lead and body together.',
      resolve: async (article, _args, context) => {
        const { lead, body } = await articleTextOf(article, context);
        return [lead, body].filter(Boolean).join('\n\n');
      },
    }),
    signature: t.string({
      nullable: true,
      description: 'Agency/author line, e.g. RMF/ps.',
      resolve: async (article, _args, context) => (await articleTextOf(article, context)).signature,
    }),
    photoCredits: t.stringList({
      resolve: async (article, _args, context) => (await articleTextOf(article, context)).photoCredits,
    }),
    captions: t.stringList({
      resolve: async (article, _args, context) => (await articleTextOf(article, context)).captions,
    }),
    language: t.string({
      resolve: async (article, _args, context) => (await articleDetailsOf(article, context)).language,
    }),
    url: t.string({
      nullable: true,
      resolve: async (article, _args, context) => (await articleDetailsOf(article, context)).url,
    }),
    degraded: t.boolean({
      description: 'True when some text survived only in a copy that lost its non-ASCII letters.',
      resolve: async (article, _args, context) => (await articleDetailsOf(article, context)).degraded,
    }),
  }),
});

export const ArticleConnection = builder.connectionObject(
  {
    type: Article,
    name: 'ArticleConnection',
    fields: (t) => ({
      totalCount: t.int({ resolve: (connection) => totalCountOf(connection as unknown as Connection<ArticleRecord>) }),
    }),
  },
  { name: 'ArticleEdge' },
);

/** Cursor key of an article in publishedAt order: the stored value with its zone, then the id.
 * Cursors are made only when resolved, and a document that names one reads publishedAt
 * (heavy-fields.ts), so a missing value here would be a bug, not a page to guess at. */
export function articleCursorKey(article: ArticleRecord): unknown[] {
  if (article.publishedAtKey === null) throw new Error('publishedAt was not read for this request');
  return [article.publishedAtKey, article.id];
}

export function articleCursor(after: string | null | undefined): { publishedAt: string; id: string } | null {
  if (!after) return null;
  const [publishedAt, id] = decodeCursor(after, 2);
  return { publishedAt: String(publishedAt), id: String(id) };
}

/** A parent with no page row (it no longer exists) has no articles; a null total was not counted,
 * which only a document without totalCount gets (it then never reaches the field). */
export function articleConnection(page: KeyedPage<ArticleRecord> | undefined, limit: number, hadAfter: boolean) {
  return toConnection(page?.rows ?? [], limit, page ? page.total : 0, hadAfter, articleCursorKey);
}

/** What per-parent article pages read for this request: `limit` rows and one to tell a next page. */
export function articlePageOptions(limit: number, context: GraphContext): ArticlePageOptions {
  return { limit: limit + 1, ...articleParts(context), withTotal: context.heavyFields.totalCounts };
}

export const EntityKind = builder.enumType('EntityKind', {
  values: { PERSON: { value: 'Person' }, COUNTRY: { value: 'Country' }, CITY: { value: 'City' }, ORGANIZATION: { value: 'Organization' } } as const,
});

export const MentionKind = builder.enumType('MentionKind', {
  description: 'How the text names the entity.',
  values: ['NAME', 'ADJECTIVE', 'METONYM'] as const,
});

export const ArticleField = builder.enumType('ArticleField', {
  description: 'Where a mention sits; CAPTION offsets point into the captions joined by a blank line.',
  values: ['TITLE', 'LEAD', 'BODY', 'CAPTION'] as const,
});

export const Mention = builder.objectRef<MentionRecord>('Mention').implement({
  description: 'One place where an article names an entity, with the evidence sentence.',
  fields: (t) => ({
    surface: t.exposeString('surface', { description: 'The words as written, e.g. "Putins".' }),
    field: t.field({ type: ArticleField, resolve: (m) => m.field.toUpperCase() as 'TITLE' | 'LEAD' | 'BODY' | 'CAPTION' }),
    start: t.exposeInt('start', { description: 'Offset (UTF-16) into the field.' }),
    end: t.exposeInt('end'),
    sentence: t.exposeString('sentence'),
    kind: t.field({ type: MentionKind, resolve: (m) => m.kind }),
  }),
});

export const MentionConnection = builder.connectionObject(
  {
    type: Mention,
    name: 'MentionConnection',
    fields: (t) => ({
      totalCount: t.int({ resolve: (connection) => totalCountOf(connection as unknown as Connection<MentionRecord>) }),
    }),
  },
  { name: 'MentionEdge' },
);

builder.objectField(Article, 'mentions', (t) =>
  t.loadable({
    type: MentionConnection,
    description: 'Mentions in reading order (title, lead, body, captions).',
    args: { first: t.arg.int(), after: t.arg.string() },
    complexity: pagedComplexity,
    byPath: true,
    load: async (articleIds: string[], context, args) => {
      const limit = pageSizeOf(args.first, context.limits);
      const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) + 1 : 0;
      const pages = await articleMentionPages(
        context.runner,
        articleIds,
        offset,
        limit + 1,
        context.heavyFields.entityDetails,
      );
      const byKey = new Map(pages.map((page) => [page.key, page]));
      return articleIds.map((id) => {
        const page = byKey.get(id);
        return toConnection(page?.rows ?? [], limit, page?.total ?? 0, offset > 0, (_m, index) => [offset + index]);
      }) as never;
    },
    resolve: (article) => article.id,
  }),
);

builder.queryFields((t) => ({
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles, filtered and keyset-paged; oldest first unless orderBy says otherwise.',
    complexity: pagedComplexity,
    args: {
      where: t.arg({ type: ArticleWhere, required: false }),
      orderBy: t.arg({ type: ArticleOrder, required: false }),
      first: t.arg.int({ description: 'Page size (default 20, at most 100).' }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, context, info) => {
      const limit = pageSizeOf(args.first, context.limits);
      const after = articleCursor(args.after);
      // Blank text filters nothing; any other text is matched as literal words.
      const text = args.where?.text != null ? literalLuceneQuery(args.where.text) : null;
      const { total, articles } = await articlePage(context.runner, {
        limit: limit + 1,
        descending: args.orderBy?.direction === 'DESC',
        from: args.where?.from ?? null,
        to: args.where?.to ?? null,
        mentions: args.where?.mentions ? args.where.mentions.map((id) => rawId(String(id), 'where.mentions')) : null,
        text,
        after,
        withTotal: selectsField(info, 'totalCount'),
        ...articleParts(context),
      });
      return toConnection(articles, limit, total, after !== null, articleCursorKey) as never;
    },
  }),
}));

export const SortDirection = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });
export const ArticleOrderField = builder.enumType('ArticleOrderField', { values: ['PUBLISHED_AT'] as const });

export const ArticleOrder = builder.inputType('ArticleOrder', {
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, defaultValue: 'PUBLISHED_AT' }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

export const ArticleWhere = builder.inputType('ArticleWhere', {
  fields: (t) => ({
    from: t.field({ type: 'DateTime', description: 'Published at or after.' }),
    to: t.field({ type: 'DateTime', description: 'Published before.' }),
    mentions: t.idList({ description: 'Entity ids the article must all mention.' }),
    text: t.string({ description: 'Words to find in title, lead or body (German stemming; matched literally).' }),
  }),
});
