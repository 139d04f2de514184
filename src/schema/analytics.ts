import { articleTimeline, graphStats, search, timeline, topEntities } from '../graph/analytics.js';
import { literalLuceneQuery } from '../graph/fulltext.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { entityParts, primeEntities } from './entity-reads.js';
import { EntityKind, Interval } from './enums.js';
import { articlePlan } from './article-pages.js';
import { siteOf, valuesOfField } from './reads.js';
import { selectionOf } from './selection.js';
import { rawId } from './global-ids.js';
import { Article, City, Country, Entity, Organization, Person, Region } from './refs.js';

// Dashboard views: timeline, topEntities, stats, and full-text search.

const TimelineBucket = builder
  .objectRef<{ start: string; count: number }>('TimelineBucket')
  .implement({
    description:
      'Articles in one interval: those mentioning the entity (timeline) or all of them (articleTimeline). Intervals without any are left out.',
    fields: (t) => ({
      start: t.field({ type: 'Date', resolve: (bucket) => bucket.start }),
      count: t.exposeInt('count'),
    }),
  });

const EntityCount = builder
  .objectRef<{ entityId: string; mentions: number; articles: number }>('EntityCount')
  .implement({
    fields: (t) => ({
      entity: t.field({ type: Entity, resolve: (row) => row.entityId }),
      count: t.int({ description: 'Mentions.', resolve: (row) => row.mentions }),
      articleCount: t.int({
        description: 'Articles that mention it.',
        resolve: (row) => row.articles,
      }),
    }),
  });

const LabelCount = builder.objectRef<{ label: string; count: number }>('LabelCount').implement({
  fields: (t) => ({ label: t.exposeString('label'), count: t.exposeInt('count') }),
});

const Stats = builder
  .objectRef<{ labels: { label: string; count: number }[]; relationships: number }>('Stats')
  .implement({
    fields: (t) => ({
      nodes: t.field({ type: [LabelCount], resolve: (stats) => stats.labels }),
      relationships: t.exposeInt('relationships'),
    }),
  });

const NODE_LOADERS = { Article, Person, Country, City, Organization, Region } as const;

function primeNode(
  context: GraphContext,
  label: string,
  id: string,
  record: Record<string, unknown>,
): void {
  const ref = NODE_LOADERS[label as keyof typeof NODE_LOADERS];
  (
    ref?.getDataloader(context) as { prime(key: string, value: unknown): unknown } | undefined
  )?.prime(id, record);
}

const SearchHit = builder
  .objectRef<{ id: string; label: string; score: number }>('SearchHit')
  .implement({
    description: 'An article or entity matching the query, with its relevance score.',
    fields: (t) => ({
      score: t.exposeFloat('score'),
      node: t.node({ id: (hit) => encodeGlobalID(hit.label, hit.id) }),
    }),
  });

builder.queryFields((t) => ({
  timeline: t.field({
    type: [TimelineBucket],
    description: 'How many articles mention an entity per day, week or month.',
    args: {
      entity: t.arg.id({ required: true }),
      interval: t.arg({ type: Interval, defaultValue: 'month' }),
      from: t.arg({ type: 'DateTime' }),
      to: t.arg({ type: 'DateTime' }),
    },
    resolve: (_root, args, context) =>
      timeline(
        context.runner,
        rawId(String(args.entity), 'entity'),
        args.interval ?? 'month',
        args.from ?? null,
        args.to ?? null,
      ),
  }),
  articleTimeline: t.field({
    type: [TimelineBucket],
    description:
      'How many articles were published per day, week or month, over the whole graph or a period.',
    args: {
      interval: t.arg({ type: Interval, defaultValue: 'week' }),
      from: t.arg({ type: 'DateTime' }),
      to: t.arg({ type: 'DateTime' }),
    },
    resolve: (_root, args, context) =>
      articleTimeline(context.runner, args.interval ?? 'week', args.from ?? null, args.to ?? null),
  }),
  topEntities: t.field({
    type: [EntityCount],
    description: 'The most mentioned entities, optionally of one kind and within a period.',
    complexity: pagedComplexity,
    args: {
      kind: t.arg({ type: EntityKind }),
      from: t.arg({ type: 'DateTime' }),
      to: t.arg({ type: 'DateTime' }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, context, info) => {
      const rows = await topEntities(
        context.runner,
        args.kind ?? null,
        args.from ?? null,
        args.to ?? null,
        pageSizeOf(args.first, context.limits),
        entityParts(info, context, 'entity'),
      );
      // The rows carry their entities' records: prime the loader so that `entity` runs no statement.
      primeEntities(
        context,
        rows.map((row) => row.entity),
      );
      return rows;
    },
  }),
  stats: t.field({
    type: Stats,
    description: 'Node counts per label and the relationship count.',
    resolve: (_root, _args, context) => graphStats(context.runner),
  }),
  search: t.field({
    type: [SearchHit],
    description:
      'Full-text search over articles (German stemming) and entity names, ranked by score.',
    complexity: pagedComplexity,
    args: { query: t.arg.string({ required: true }), first: t.arg.int({ defaultValue: 10 }) },
    resolve: async (_root, args, context, info) => {
      const query = literalLuceneQuery(args.query);
      if (!query) return [];
      const limit = pageSizeOf(args.first, context.limits);
      const nodes = valuesOfField(info, selectionOf(info).values, 'node');
      const article = articlePlan(
        nodes,
        { totalCount: false, cursors: false },
        siteOf(info),
        context,
        false,
      ).parts;
      const hits = await search(
        context.runner,
        query,
        limit,
        article,
        entityParts(info, context, 'node'),
      );
      // The hits carry their records: prime the types' loaders so that `node` runs no statement.
      for (const hit of hits) primeNode(context, hit.label, hit.id, hit.record);
      return hits;
    },
  }),
}));
