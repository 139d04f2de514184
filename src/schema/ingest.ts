import { GraphQLError } from 'graphql';
import type { PageWriteReport } from '../graph/page-writer.js';
import { builder } from './builder.js';
import { badInput } from './errors.js';
import { Article } from './refs.js';
import { pageEventOf } from './page-events.js';

// The write side: one mutation that runs a page through the same pipeline as `npm run ingest`.
// It needs an ingest token; a page that is not a page is refused with its reason and writes nothing.

/** What the page writer reports, plus the page's articles and how many were degraded copies. */
interface IngestReportShape extends PageWriteReport {
  articleIds: string[];
  ner: string;
  degradedArticles: number;
  bookmark: string;
}

const IngestReport = builder.objectRef<IngestReportShape>('IngestReport').implement({
  description:
    'What one ingested page added to the graph. Ingesting the same page again changes nothing.',
  fields: (t) => ({
    articles: t.field({
      type: [Article],
      description: 'The articles of the page, in page order.',
      resolve: (report) => report.articleIds,
    }),
    articlesNew: t.exposeInt('articlesNew'),
    articlesUpdated: t.exposeInt('articlesUpdated'),
    articlesUnchanged: t.exposeInt('articlesUnchanged'),
    mentions: t.exposeInt('mentions'),
    peopleLinked: t.exposeInt('peopleLinked', {
      description: 'People of the catalog the page mentions.',
    }),
    peopleDiscovered: t.exposeInt('peopleDiscovered', {
      description: 'People not in the catalog, found by name shape and cues.',
    }),
    meetingsNew: t.exposeInt('meetingsNew'),
    meetingsMerged: t.exposeInt('meetingsMerged'),
    organizationsDiscovered: t.exposeInt('organizationsDiscovered', {
      description:
        'Organisations not in the catalog, found by the NER or an institution’s head noun.',
    }),
    ner: t.exposeString('ner', {
      description:
        'The recogniser the page went through, or "off" when ingest ran its rules alone.',
    }),
    degradedArticles: t.exposeInt('degradedArticles', {
      description:
        'Articles kept only in a copy that lost its non-ASCII letters (flagged `degraded`).',
    }),
    bookmark: t.exposeString('bookmark', {
      description:
        'The Neo4j bookmark of the page’s transaction. Send it as the `x-neo4j-bookmark` header of later reads to read this write on any cluster member.',
    }),
  }),
});

const OutletInput = builder.inputType('OutletInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    id: t.string({ description: 'Stable id; derived from the name when omitted.' }),
  }),
});

const IngestPageInput = builder.inputType('IngestPageInput', {
  fields: (t) => ({
    text: t.string({ required: true, description: 'The page as plain text (UTF-8).' }),
    url: t.string({ description: 'Where the page was read from; kept on its articles.' }),
    outlet: t.field({
      type: OutletInput,
      description: 'Defaults to the section header of the page.',
    }),
  }),
});

builder.mutationField('ingestPage', (t) =>
  t.field({
    type: IngestReport,
    authScopes: { ingest: true },
    description:
      'Parses a news page, links its entities and meetings, and writes it in one transaction.',
    args: { input: t.arg({ type: IngestPageInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      if (input.url && !URL.canParse(input.url)) {
        throw badInput('input.url', `input.url is not a URL: "${input.url.slice(0, 200)}"`);
      }
      if (input.outlet && input.outlet.name.trim() === '') {
        throw badInput('input.outlet.name', 'input.outlet.name must not be empty');
      }
      const outcome = await context.ingestor.ingest(context.runner, {
        text: input.text,
        url: input.url ?? null,
        outlet: input.outlet
          ? { name: input.outlet.name.trim(), id: input.outlet.id ?? undefined }
          : undefined,
      });
      if (!outcome.ok && outcome.code === 'NER_UNAVAILABLE') {
        throw new GraphQLError(`The page was not ingested: ${outcome.reason}`, {
          extensions: { code: 'NER_UNAVAILABLE' },
        });
      }
      if (!outcome.ok) {
        throw badInput('input.text', `The page was not ingested: ${outcome.reason}`, {
          reason: outcome.code,
        });
      }
      // The page's transaction has committed: announce what it changed (a failed page never gets here).
      context.events.publish({
        ...pageEventOf(outcome.graph),
        bookmarks: [...context.runner.bookmarks],
      });
      return {
        ...outcome.report,
        articleIds: outcome.graph.articles.map((article) => article.id),
        ner: context.ingestor.ner?.describe() ?? 'off',
        degradedArticles: outcome.graph.articles.filter((article) => article.item.degraded).length,
        bookmark: context.runner.bookmarks.join(','),
      };
    },
  }),
);
