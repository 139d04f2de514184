import { GraphQLError } from 'graphql';
import { type ArticleRecord, articlePage, articlesByIds } from '../graph/article.js';
import { builder } from './builder.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export const Article = builder.loadableNode('Article', {
  description: 'One dated news item from a page.',
  id: { resolve: (article: ArticleRecord) => article.id },
  load: (ids: string[], context) => articlesByIds(context.runner, ids),
  sort: (article) => article.id,
  fields: (t) => ({
    title: t.exposeString('title'),
    publishedAt: t.field({ type: 'DateTime', resolve: (article) => article.publishedAt }),
    lead: t.exposeString('lead', { description: 'The first paragraph.' }),
    body: t.exposeString('body', { description: 'Paragraphs after the lead, separated by a blank line.' }),
    text: t.string({
      description: 'Lead and body together.',
      resolve: (article) => [article.lead, article.body].filter(Boolean).join('\n\n'),
    }),
    signature: t.exposeString('signature', { nullable: true }),
    photoCredits: t.exposeStringList('photoCredits'),
    captions: t.exposeStringList('captions'),
    language: t.exposeString('language'),
    url: t.exposeString('url', { nullable: true }),
    degraded: t.exposeBoolean('degraded', {
      description: 'True when some text survived only in a copy that lost its non-ASCII letters.',
    }),
  }),
});

function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (size < 0 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`, {
      extensions: { code: 'BAD_USER_INPUT', limit: MAX_PAGE_SIZE },
    });
  }
  return size;
}

builder.queryField('articles', (t) =>
  t.connection(
    {
      type: Article,
      description: 'Articles in publishedAt order (oldest first).',
      args: {
        from: t.arg({ type: 'DateTime', required: false, description: 'Published at or after.' }),
        to: t.arg({ type: 'DateTime', required: false, description: 'Published before.' }),
      },
      resolve: async (_root, args, context) => {
        if (args.last != null || args.before != null) {
          throw new GraphQLError('articles pages forward only: use first/after', {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        const limit = pageSize(args.first);
        const after = args.after ? decodeCursor(args.after, 2) : null;
        const { total, articles } = await articlePage(context.runner, {
          limit: limit + 1,
          from: args.from,
          to: args.to,
          after: after ? { publishedAt: String(after[0]), id: String(after[1]) } : null,
        });
        const page = articles.slice(0, limit);
        return {
          totalCount: total,
          edges: page.map((article) => ({ cursor: encodeCursor([article.publishedAtKey, article.id]), node: article })),
          pageInfo: {
            hasNextPage: articles.length > limit,
            hasPreviousPage: after !== null,
            startCursor: page[0] ? encodeCursor([page[0].publishedAtKey, page[0].id]) : null,
            endCursor: page.at(-1) ? encodeCursor([page.at(-1)?.publishedAtKey, page.at(-1)?.id]) : null,
          },
        };
      },
    },
    {
      fields: (c) => ({
        totalCount: c.int({ resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount }),
      }),
    },
  ),
);
