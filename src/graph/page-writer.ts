import { createHash } from 'node:crypto';
import type { LinkedArticle, PageGraph } from '../ingest/types.js';
import type { QueryRunner } from './runner.js';

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
  meetingsNew: number;
  meetingsMerged: number;
}

function contentHash(article: LinkedArticle): string {
  return createHash('sha256').update(JSON.stringify([article.item, article.mentions, article.url])).digest('hex');
}

/** Article.publishedAt keeps its zone: "2025-04-11T00:10:00.000+02:00" → "…+02:00[Europe/Warsaw]". */
function zonedDateTime(iso: string, zone = 'Europe/Warsaw'): string {
  return `${iso}[${zone}]`;
}

export async function writePageGraph(runner: QueryRunner, graph: PageGraph): Promise<PageWriteReport> {
  const ids = graph.articles.map((article) => article.id);
  const hashes = new Map(graph.articles.map((article) => [article.id, contentHash(article)]));
  // Mentions grouped by article, then by entity: one MENTIONS link per group, carrying its
  // occurrences as parallel lists (reads put them in reading order).
  let mentionCount = 0;
  const mentionGroups = graph.articles.map((article) => {
    const byEntity = new Map<string, LinkedArticle['mentions']>();
    for (const mention of article.mentions) {
      const group = byEntity.get(mention.entityId) ?? [];
      group.push(mention);
      byEntity.set(mention.entityId, group);
      mentionCount += 1;
    }
    return {
      id: article.id,
      entities: [...byEntity].map(([entityId, mentions]) => ({
        entityId,
        link: {
          count: mentions.length,
          fields: mentions.map((mention) => mention.field),
          starts: mentions.map((mention) => mention.start),
          ends: mentions.map((mention) => mention.end),
          surfaces: mentions.map((mention) => mention.surface),
          kinds: mentions.map((mention) => mention.kind),
          sentences: mentions.map((mention) => mention.sentence),
        },
      })),
    };
  });
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
    // The outlet first: its write lock serialises concurrent writes of pages of the same outlet,
    // so two ingests of one page cannot both count its articles as new.
    await tx.run('ingest/upsert-outlet', { outlet: graph.outlet });
    const existing = await tx.run('ingest/existing-articles', { ids });
    const before = new Map(existing.map((row) => [String(row.id), row.contentHash as string | null]));
    // Statements with nothing to do are skipped: each costs a round trip even with an empty list.
    const existingMeetings = graph.meetings.length
      ? await tx.run('ingest/existing-meetings', { ids: graph.meetings.map((meeting) => meeting.id) })
      : [];

    await tx.run('ingest/upsert-articles', {
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
    });
    await tx.run('ingest/clear-article-links', { ids });
    if (graph.discoveredPeople.length) await tx.run('ingest/upsert-discovered-people', { people: graph.discoveredPeople });
    await tx.run('ingest/create-mentions', { articles: mentionGroups });
    if (graph.meetings.length) await tx.run('ingest/upsert-meetings', { meetings: graph.meetings });

    const articlesNew = ids.filter((id) => !before.has(id)).length;
    const articlesUnchanged = ids.filter((id) => before.has(id) && before.get(id) === hashes.get(id)).length;
    return {
      articlesNew,
      articlesUnchanged,
      articlesUpdated: ids.length - articlesNew - articlesUnchanged,
      mentions: mentionCount,
      peopleLinked: people.size,
      peopleDiscovered: graph.discoveredPeople.length,
      meetingsNew: graph.meetings.length - existingMeetings.length,
      meetingsMerged: existingMeetings.length,
    };
  });
}

/** Curated meetings (seeds/meetings.json), merged by id with what the extractor wrote. */
export async function writeMeetings(runner: QueryRunner, meetings: PageGraph['meetings']): Promise<void> {
  await runner.write('ingest/upsert-meetings', { meetings });
}
