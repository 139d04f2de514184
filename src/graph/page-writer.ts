import { createHash } from 'node:crypto';
import { surnameOf } from '../ingest/discover/person-names.js';
import { type SurnamePerson, surnameMerges } from '../ingest/discover/surname-merge.js';
import { mergeWithKnown } from '../ingest/meetings/index.js';
import type {
  ExtractedMeeting,
  ExtractedPosition,
  ExtractedQuote,
  LinkedArticle,
  PageGraph,
} from '../ingest/types.js';
import type { QueryRunner, TransactionRunner } from './runner.js';

// Writes everything one page contributes in ONE write transaction: the page lands whole or not at
// all. Every write is an UNWIND over a batch, and every key is stable, so writing the same page
// twice leaves the graph as it was.

export interface PageWriteReport {
  articlesNew: number;
  articlesUpdated: number;
  articlesUnchanged: number;
  mentions: number;
  peopleLinked: number;
  peopleDiscovered: number;
  organizationsDiscovered: number;
  meetingsNew: number;
  meetingsMerged: number;
  /** People known by surname alone that this page's full names resolved (merged into them). */
  peopleMerged: number;
}

function contentHash(article: LinkedArticle): string {
  return createHash('sha256')
    .update(JSON.stringify([article.item, article.mentions, article.url]))
    .digest('hex');
}

/** Article.publishedAt keeps its zone: "2025-04-11T00:10:00.000+02:00" → "…+02:00[Europe/Warsaw]". */
function zonedDateTime(iso: string, zone = 'Europe/Warsaw'): string {
  return `${iso}[${zone}]`;
}

export interface PageWriteOptions {
  /** Merge the page's meetings with the same events already in the graph (off for corpora whose meetings are planned). */
  mergeMeetings?: boolean;
}

export async function writePageGraph(
  runner: QueryRunner,
  graph: PageGraph,
  options: PageWriteOptions = {},
): Promise<PageWriteReport> {
  const mergeMeetings = options.mergeMeetings ?? true;
  const ids = graph.articles.map((article) => article.id);
  const hashes = new Map(graph.articles.map((article) => [article.id, contentHash(article)]));
  // Mentions grouped by article, then by entity: one MENTIONS link per group, carrying its
  // occurrences as parallel lists (reads put them in reading order). Each link goes as a row of
  // positional values (the order create-mentions reads them in): maps would send every key's name
  // again for every link, and packing parameters is most of what a page costs this process.
  let mentionCount = 0;
  const mentionLinks: unknown[][] = [];
  for (const article of graph.articles) {
    const byEntity = new Map<string, LinkedArticle['mentions']>();
    for (const mention of article.mentions) {
      const group = byEntity.get(mention.entityId);
      if (group) group.push(mention);
      else byEntity.set(mention.entityId, [mention]);
      mentionCount += 1;
    }
    for (const [entityId, mentions] of byEntity) {
      mentionLinks.push([
        article.id,
        entityId,
        mentions.length,
        mentions.map((mention) => mention.field),
        mentions.map((mention) => mention.start),
        mentions.map((mention) => mention.end),
        mentions.map((mention) => mention.surface),
        mentions.map((mention) => mention.kind),
        mentions.map((mention) => mention.sentence),
      ]);
    }
  }
  // People linked to the catalog; the discovered ones are counted on their own.
  const discovered = new Set(graph.discoveredPeople.map((person) => person.id));
  const people = new Set(
    graph.articles.flatMap((article) =>
      article.mentions
        .filter((mention) => mention.entityKind === 'PERSON' && !discovered.has(mention.entityId))
        .map((mention) => mention.entityId),
    ),
  );

  return runner.writeTransaction(async (tx) => {
    // The statements go out back to back without waiting for each other's results: Bolt pipelines
    // them and Neo4j runs them in this order, so this process packs the next while Neo4j runs the
    // last (nothing below depends on an earlier result except the counts at the end).
    // The outlet first: its write lock serialises concurrent writes of pages of the same outlet,
    // so two ingests of one page cannot both count its articles as new.
    const outlet = tx.run('ingest/upsert-outlet', { outlet: graph.outlet });
    // One event reported on several pages is one meeting: the graph's candidates are read first,
    // under the outlet's lock, and awaited with it so no statement is left in flight unobserved.
    const [, candidates] = await Promise.all([
      outlet,
      mergeMeetings && graph.meetings.length ? meetingCandidates(tx, graph) : [],
    ]);
    const meetings = mergeMeetings ? mergeWithKnown(graph.meetings, candidates) : graph.meetings;
    const existing = tx.run('ingest/existing-articles', { ids });
    // Statements with nothing to do are skipped: each costs a round trip even with an empty list.
    const existingMeetings = meetings.length
      ? tx.run('ingest/existing-meetings', { ids: meetings.map((meeting) => meeting.id) })
      : Promise.resolve([]);
    const writes = [
      // Before the articles and their mentions are written: a new article has nothing to clear,
      // and an old one only its old links to look through.
      ...clearStatements(tx, graph, ids),
      tx.run('ingest/upsert-articles', {
        articles: graph.articles.map((article) => ({
          id: article.id,
          outletId: article.outletId,
          title: article.item.title,
          publishedAt: zonedDateTime(article.item.publishedAt),
          publishedAtText: article.item.publishedAtText,
          lead: article.item.lead,
          body: article.item.body.join('\n\n'),
          captions: article.item.captions,
          photoCredits: article.item.photoCredits,
          signature: article.item.signature,
          language: article.language,
          url: article.url,
          degraded: article.item.degraded,
          rawText: article.item.rawText,
          contentHash: hashes.get(article.id),
        })),
      }),
      tx.run('ingest/clear-article-links', { ids }),
    ];
    if (graph.discoveredPeople.length)
      writes.push(tx.run('ingest/upsert-discovered-people', { people: graph.discoveredPeople }));
    if (graph.discoveredOrganizations.length) {
      writes.push(
        tx.run('ingest/upsert-discovered-organizations', {
          organizations: graph.discoveredOrganizations,
        }),
      );
    }
    if (graph.discoveredPlaces?.length)
      writes.push(tx.run('ingest/upsert-discovered-places', { places: graph.discoveredPlaces }));
    writes.push(tx.run('ingest/create-mentions', { links: mentionLinks }));
    if (meetings.length) writes.push(tx.run('ingest/upsert-meetings', { meetings }));
    const tripPairs = meetings.flatMap((meeting) =>
      (meeting.tripStopIds ?? []).filter((id) => meeting.id < id).map((id) => [meeting.id, id]),
    );
    if (tripPairs.length) writes.push(tx.run('ingest/link-trip-stops', { pairs: tripPairs }));
    writes.push(...writeStatements(tx, graph));
    const [, existingRows, existingMeetingRows] = await Promise.all([
      outlet,
      existing,
      existingMeetings,
      ...writes,
    ]);
    // After the page's people and mentions are written, so the graph's view includes them.
    const peopleMerged = await mergeSurnamePeople(tx, graph);
    const before = new Map(
      existingRows.map((row) => [String(row.id), row.contentHash as string | null]),
    );

    const articlesNew = ids.filter((id) => !before.has(id)).length;
    const articlesUnchanged = ids.filter(
      (id) => before.has(id) && before.get(id) === hashes.get(id),
    ).length;
    return {
      articlesNew,
      articlesUnchanged,
      articlesUpdated: ids.length - articlesNew - articlesUnchanged,
      mentions: mentionCount,
      peopleLinked: people.size,
      peopleDiscovered: graph.discoveredPeople.length,
      organizationsDiscovered: graph.discoveredOrganizations.length,
      meetingsNew: meetings.length - existingMeetingRows.length,
      meetingsMerged: existingMeetingRows.length,
      peopleMerged,
    };
  });
}

/** The old quotes and reports of the page's articles removed; nothing when the pipeline ran
 * without the quotes stage (the graph then keeps what it had). */
function clearStatements(
  tx: TransactionRunner,
  graph: PageGraph,
  ids: readonly string[],
): ReturnType<TransactionRunner['run']>[] {
  if (graph.quotes === undefined && graph.positions === undefined) return [];
  return [tx.run('ingest/clear-article-statements', { ids })];
}

/** Quotes and positions of the page's articles (their old ones cleared first). */
function writeStatements(
  tx: TransactionRunner,
  graph: PageGraph,
): ReturnType<TransactionRunner['run']>[] {
  const writes: ReturnType<TransactionRunner['run']>[] = [];
  if (graph.quotes?.length)
    writes.push(tx.run('ingest/create-quotes', { quotes: quoteRows(graph.quotes) }));
  if (graph.positions?.length)
    writes.push(tx.run('ingest/upsert-positions', { positions: positionRows(graph.positions) }));
  return writes;
}

/**
 * The rows create-quotes reads, positional like the mentions' links, one per quote id: create-quotes
 * CREATEs, so quotes found twice at one place become one row as MERGE made them one node (the last
 * one's text, every speaker and entity of both).
 */
export function quoteRows(quotes: readonly ExtractedQuote[]): unknown[][] {
  const byId = new Map<
    string,
    { quote: ExtractedQuote; speakerIds: string[]; aboutIds: string[] }
  >();
  for (const quote of quotes) {
    const known = byId.get(quote.id);
    const speakerIds = quote.speakerId === null ? [] : [quote.speakerId];
    if (!known) {
      byId.set(quote.id, { quote, speakerIds, aboutIds: quote.aboutIds });
      continue;
    }
    known.quote = quote;
    known.speakerIds = [...new Set([...known.speakerIds, ...speakerIds])];
    known.aboutIds = [...new Set([...known.aboutIds, ...quote.aboutIds])];
  }
  return [...byId.values()].map(({ quote, speakerIds, aboutIds }) => [
    quote.id,
    quote.articleId,
    quote.text,
    quote.direct,
    quote.speakerText,
    quote.field,
    quote.start,
    quote.end,
    quote.sentence,
    speakerIds,
    aboutIds,
  ]);
}

/**
 * The rows upsert-positions reads: one per post (id), with its reports, one per article (the last
 * report of an article wins, as MERGE and SET made it); the title and the organisation's name are
 * the last report's, as when every report set them in turn.
 */
export function positionRows(positions: readonly ExtractedPosition[]): unknown[][] {
  const byId = new Map<string, { last: ExtractedPosition; reports: Map<string, unknown[]> }>();
  for (const position of positions) {
    let post = byId.get(position.id);
    if (!post) {
      post = { last: position, reports: new Map() };
      byId.set(position.id, post);
    }
    post.last = position;
    post.reports.set(position.articleId, [position.articleId, position.sentence, position.former]);
  }
  return [...byId.values()].map(({ last, reports }) => [
    last.id,
    last.personId,
    last.title,
    last.organizationName,
    last.organizationId,
    last.countryId,
    [...reports.values()],
  ]);
}

/**
 * People the graph knows by surname alone that this page's full names resolve: read what the graph
 * knows of each surname the page names, decide (src/ingest/discover/surname-merge.ts), merge.
 */
async function mergeSurnamePeople(tx: TransactionRunner, graph: PageGraph): Promise<number> {
  const people = graph.articles.flatMap((article) =>
    article.mentions.filter((mention) => mention.entityKind === 'PERSON'),
  );
  if (people.length === 0) return 0;
  const surnames = [...new Set(people.map((mention) => surnameOf(mention.surface)))];
  const namedInFull = new Set(
    people.filter((mention) => /\s/.test(mention.surface.trim())).map((m) => m.entityId),
  );
  const rows = await tx.run('ingest/surname-people', { surnames });
  const candidates = [...new Map(rows.map((row) => [String(row.id), row])).values()].map(
    (row): SurnamePerson => ({
      id: String(row.id),
      role: typeof row.role === 'string' ? row.role : null,
      countryIds: (row.countryIds as string[] | null) ?? [],
      mergedInto: typeof row.mergedInto === 'string' ? row.mergedInto : null,
      namesakes: ((row.namesakes ?? []) as Record<string, unknown>[]).map((namesake) => ({
        id: String(namesake.id),
        name: String(namesake.name),
        role: typeof namesake.role === 'string' ? namesake.role : null,
        countryIds: (namesake.countryIds as string[] | null) ?? [],
      })),
    }),
  );
  const merges = surnameMerges(candidates, namedInFull);
  if (merges.length === 0) return 0;
  const [result] = await tx.run('ingest/merge-people', { merges });
  return Number(result?.merged ?? 0);
}

const CANDIDATE_WINDOW_DAYS = 60;

async function meetingCandidates(
  tx: TransactionRunner,
  graph: PageGraph,
): Promise<ExtractedMeeting[]> {
  const days = graph.articles.map((article) => article.item.publishedAt.slice(0, 10)).sort();
  const shift = (day: string, by: number) =>
    new Date(Date.parse(day) + by * 86_400_000).toISOString().slice(0, 10);
  const rows = await tx.run('ingest/meeting-candidates', {
    participantIds: [...new Set(graph.meetings.flatMap((m) => m.participantIds))],
    ids: graph.meetings.map((m) => m.id),
    from: shift(days[0] ?? '1970-01-01', -CANDIDATE_WINDOW_DAYS),
    to: shift(days.at(-1) ?? '1970-01-01', CANDIDATE_WINDOW_DAYS),
  });
  return rows.map((row) => row.meeting as ExtractedMeeting);
}

/** Curated meetings (seeds/meetings.json), merged by id with what the extractor wrote. */
export async function writeMeetings(
  runner: QueryRunner,
  meetings: PageGraph['meetings'],
): Promise<void> {
  await runner.write('ingest/upsert-meetings', { meetings });
}
