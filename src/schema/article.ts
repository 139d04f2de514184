import type { GraphQLResolveInfo } from 'graphql';
import {
  type ArticleDetails,
  type ArticleRecord,
  type ArticleText,
  articleDetails,
  articleMentionPages,
  articlePage,
  articlePublishedAt,
  articlesByIds,
  articleTexts,
  pageOf,
} from '../graph/article.js';
import { literalLuceneQuery } from '../graph/fulltext.js';
import { type ArticlePageParts, type ArticleParts, type EntityParts, LIGHT_ARTICLE } from '../graph/parts.js';
import type { KeyedPage, MentionRecord, RecordPage } from '../graph/records.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { decodeCursor } from './cursor.js';
import { rawId } from './global-ids.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { type Connection, toConnection, totalCountOf } from './pagination.js';
import {
  type CarriedRelation,
  carriedOrLoaded,
  declareParts,
  fallbackLoader,
  type PlanSite,
  planRecords,
  type RecordPlan,
  siteOf,
  valuesOfField,
} from './reads.js';
import { type ConnectionSelection, type NodeSelection, selectionOf } from './selection.js';

// Article: the node, its relations (all batched per request), and the root `articles` list.

// Which fields need which optional part of an article record (the rest need only id and title).
declareParts('Article', {
  text: ['lead', 'body', 'text', 'captions', 'photoCredits', 'signature'],
  details: ['language', 'url', 'degraded'],
  publishedAt: ['publishedAt'],
});

// Records read without their text get it here, one statement per batch.
const articleTextLoader = fallbackLoader('Article', articleTexts);

/** The text fields resolve through this. */
function articleTextOf(article: ArticleRecord, context: GraphContext): ArticleText | Promise<ArticleText> {
  return article.text ?? articleTextLoader(context).load(article.id);
}

// The same for records read without their details.
const articleDetailsLoader = fallbackLoader('Article', articleDetails);

/** The detail fields resolve through this. */
function articleDetailsOf(article: ArticleRecord, context: GraphContext): ArticleDetails | Promise<ArticleDetails> {
  return article.details ?? articleDetailsLoader(context).load(article.id);
}

// The same for records read without publishedAt.
const publishedAtLoader = fallbackLoader('Article', articlePublishedAt);

export const Article = builder.loadableNode('Article', {
  description: 'One dated news item from a page.',
  id: { resolve: (article: ArticleRecord) => article.id },
  // A node loader has no selection to go by: light records, the fallback loaders fill in.
  load: (ids: string[], context) => articlesByIds(context.runner, ids, LIGHT_ARTICLE),
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
 * Cursors are made only when resolved, and a selection with a cursor reads publishedAt, so a
 * missing value here would be a bug, not a page to guess at. */
export function articleCursorKey(article: ArticleRecord): unknown[] {
  if (article.publishedAtKey === null) throw new Error('publishedAt was not read for this request');
  return [article.publishedAtKey, article.id];
}

export function articleCursor(after: string | null | undefined): { publishedAt: string; id: string } | null {
  if (!after) return null;
  const [publishedAt, id] = decodeCursor(after, 2);
  return { publishedAt: String(publishedAt), id: String(id) };
}

/** What article records selected like `values` read (cursors need publishedAt). */
export function articlePlan(
  values: readonly NodeSelection[],
  connection: ConnectionSelection,
  site: PlanSite,
  context: GraphContext,
  carry: boolean,
): RecordPlan<ArticleParts> {
  return planRecords<ArticleParts>('Article', values, site, context, { carry, also: connection.cursors ? ['publishedAt'] : [] });
}

interface PageArgs {
  first?: unknown;
  after?: unknown;
  from?: unknown;
  to?: unknown;
}

/** One per-parent page of articles as a field's arguments and selection ask for it. */
function articlePageRequest(
  args: PageArgs,
  selected: { values: NodeSelection[]; connection: ConnectionSelection },
  site: PlanSite,
  context: GraphContext,
  carry: boolean,
) {
  const limit = pageSizeOf(args.first as number | null | undefined, context.limits);
  const after = articleCursor(args.after as string | null | undefined);
  const plan = articlePlan(selected.values, selected.connection, site, context, carry);
  const page: ArticlePageParts = {
    limit: limit + 1,
    cursorAt: after?.publishedAt ?? null,
    cursorId: after?.id ?? null,
    from: (args.from as string | null | undefined) ?? null,
    to: (args.to as string | null | undefined) ?? null,
    total: selected.connection.totalCount,
    article: plan.parts,
  };
  return { limit, hadAfter: after !== null, plan, page };
}

/** A per-parent page of articles that a parent's statement can carry (Entity.articles, Meeting.reportedBy). */
export function articlePageRelation(field: string): CarriedRelation<ArticlePageParts> {
  return {
    fields: [field],
    plan: (child, context) => articlePageRequest(child.args, child, child, context, false).page,
    merge: (a, b) => (JSON.stringify(a) === JSON.stringify(b) ? a : null),
    answer: (carried) => pageOf(carried as RecordPage<ArticleRecord>),
  };
}

/** A byPath loader's connections of per-parent article pages: carried by the parents' statement, or read by `read`. */
export async function articlePages(
  ids: readonly string[],
  context: GraphContext,
  args: PageArgs,
  info: GraphQLResolveInfo,
  read: (ids: string[], page: ArticlePageParts) => Promise<KeyedPage<ArticleRecord>[]>,
) {
  const { limit, hadAfter, plan, page } = articlePageRequest(args, selectionOf(info), siteOf(info), context, true);
  const pages = await carriedOrLoaded<RecordPage<ArticleRecord>>(context, info, ids, async (missing) => {
    const fetched = await read(missing, page);
    plan.prime(context, fetched.flatMap((found) => found.rows));
    const byKey = new Map(fetched.map((found) => [found.key, found]));
    // A parent that no longer exists has no articles.
    return missing.map((id) => byKey.get(id) ?? { rows: [], total: 0 });
  });
  return pages.map((found) => toConnection(found.rows, limit, found.total, hadAfter, articleCursorKey));
}

export const EntityKind = builder.enumType('EntityKind', {
  values: { PERSON: { value: 'Person' }, COUNTRY: { value: 'Country' }, CITY: { value: 'City' }, ORGANIZATION: { value: 'Organization' } } as const,
});

export const MentionKind = builder.enumType('MentionKind', {
  description: 'How the text names the entity.',
  values: ['NAME', 'ADJECTIVE', 'METONYM'] as const,
});

export const ArticleField = builder.enumType('ArticleField', { values: ['TITLE', 'LEAD', 'BODY'] as const });

export const Mention = builder.objectRef<MentionRecord>('Mention').implement({
  description: 'One place where an article names an entity, with the evidence sentence.',
  fields: (t) => ({
    surface: t.exposeString('surface', { description: 'The words as written, e.g. "Putins".' }),
    field: t.field({ type: ArticleField, resolve: (m) => m.field.toUpperCase() as 'TITLE' | 'LEAD' | 'BODY' }),
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
    description: 'Mentions in reading order (title, lead, body).',
    args: { first: t.arg.int(), after: t.arg.string() },
    complexity: pagedComplexity,
    byPath: true,
    load: async (articleIds: string[], context, args, info) => {
      const limit = pageSizeOf(args.first, context.limits);
      const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) + 1 : 0;
      const entities = valuesOfField(info, selectionOf(info).values, 'entity');
      const entity = planRecords<EntityParts>('Entity', entities, siteOf(info), context, { carry: false }).parts;
      const pages = await articleMentionPages(context.runner, articleIds, offset, limit + 1, entity);
      const byKey = new Map(pages.map((page) => [page.key, page]));
      return articleIds.map((id) => {
        const page = byKey.get(id);
        return toConnection(page?.rows ?? [], limit, page?.total ?? 0, offset > 0, (_m, index) => [offset + index]);
      });
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
      const { values, connection } = selectionOf(info);
      const plan = articlePlan(values, connection, siteOf(info), context, true);
      const { total, articles } = await articlePage(context.runner, {
        limit: limit + 1,
        descending: args.orderBy?.direction === 'DESC',
        from: args.where?.from ?? null,
        to: args.where?.to ?? null,
        mentions: args.where?.mentions ? args.where.mentions.map((id) => rawId(String(id), 'where.mentions')) : null,
        text,
        after,
        withTotal: connection.totalCount,
        article: plan.parts,
      });
      plan.prime(context, articles);
      return toConnection(articles, limit, total, after !== null, articleCursorKey);
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
