import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../ingest/catalog/index.js';
import { catalogStages } from '../ingest/catalog-stages.js';
import { annotatePage, type SpanSource } from '../ingest/annotate.js';
import { mergeWithKnown } from '../ingest/meetings/index.js';
import { parsePage } from '../ingest/parse/index.js';
import { linkPage } from '../ingest/pipeline.js';
import type { ExtractedMeeting, PageGraph } from '../ingest/types.js';
import type { EvalSet, GoldMeeting } from './gold.js';
import { loadQuotesGold } from './quotes-gold.js';
import { scoreStatements } from './quotes-score.js';
import {
  addScores,
  type EntityInfo,
  emptyScores,
  type ItemScore,
  type Scores,
  scoreItem,
} from './score.js';

// Runs ingest over an evaluation set as `npm run ingest` would over its files, in order: each page
// through the same pipeline, meetings merged with those of the pages before (as the graph merges
// them), then every item scored against its gold.

export interface FileResult {
  file: string;
  scores: Scores;
  items: { title: string; result: ItemScore }[];
}

export interface EvalResult {
  files: FileResult[];
  total: Scores;
  /** Merge keys whose items' meetings are one node / all keys. */
  merges: { key: string; merged: boolean }[];
}

export async function runEval(
  set: EvalSet,
  catalog: Catalog,
  ner: SpanSource | null,
): Promise<EvalResult> {
  const stages = catalogStages(catalog);
  const graphs = new Map<string, PageGraph>();
  let known: ExtractedMeeting[] = [];
  const quotesGold = loadQuotesGold(set.dir);
  const evalFiles = [...new Set([...set.files, ...quotesGold.map((item) => item.file)])];
  for (const file of evalFiles) {
    const page = parsePage(readFileSync(join(set.dir, file), 'utf8'));
    const spans = ner ? await annotatePage(ner, page) : null;
    const graph = linkPage(page, {}, stages, spans);
    // Pages only the quotes gold covers add no meetings to the ones scored.
    if (set.files.includes(file)) {
      graph.meetings = mergeWithKnown(graph.meetings, known);
      known = [
        ...known.filter((k) => !graph.meetings.some((m) => m.id === k.id)),
        ...graph.meetings,
      ];
    }
    graphs.set(file, graph);
  }

  const discovered = new Map<string, EntityInfo>();
  for (const graph of graphs.values()) {
    for (const p of graph.discoveredPeople)
      discovered.set(p.id, { id: p.id, kind: 'PERSON', forms: [p.name], curated: false });
    for (const o of graph.discoveredOrganizations)
      discovered.set(o.id, { id: o.id, kind: 'ORGANIZATION', forms: [o.name], curated: false });
    for (const place of graph.discoveredPlaces ?? [])
      discovered.set(place.id, {
        id: place.id,
        kind: 'REGION',
        forms: [place.name],
        curated: false,
      });
  }
  const lookup = (id: string): EntityInfo | undefined => {
    const entity = catalog.byId.get(id);
    if (entity) {
      return {
        id,
        kind: entity.kind,
        curated: true,
        isoCode: entity.isoCode,
        forms: [entity.name, entity.nameDe, entity.nameEn, ...entity.aliases],
      };
    }
    return discovered.get(id);
  };

  const merged = new Map<string, GoldMeeting[]>();
  for (const m of set.items.flatMap((item) => item.meetings)) {
    if (m.mergeKey) merged.set(m.mergeKey, [...(merged.get(m.mergeKey) ?? []), m]);
  }
  const total = emptyScores();
  const files: FileResult[] = [];
  const meetingOf = new Map<string, string[]>();
  for (const file of evalFiles) {
    const graph = graphs.get(file) as PageGraph;
    const scores = emptyScores();
    const items = set.items
      .filter((item) => item.file === file)
      .map((gold) => {
        const article = graph.articles.find((a) => a.item.title === gold.title);
        const meetings = article
          ? known.filter((m) => m.reports.some((r) => r.articleId === article.id))
          : [];
        const result = scoreItem(gold, { article, meetings }, lookup, merged);
        gold.meetings.forEach((m, index) => {
          if (!m.mergeKey) return;
          const list = meetingOf.get(m.mergeKey) ?? [];
          list.push(result.matchedMeetings.get(index) ?? `missing:${gold.title}`);
          meetingOf.set(m.mergeKey, list);
        });
        addScores(scores, result.scores);
        return { title: gold.title, result };
      });
    for (const gold of quotesGold.filter((item) => item.file === file)) {
      const article = graph.articles.find((a) => a.item.title === gold.title);
      const result = scoreStatements(
        gold,
        article,
        graph.quotes ?? [],
        graph.positions ?? [],
        lookup,
      );
      addScores(scores, result.scores);
      items.push({ title: gold.title, result });
    }
    files.push({ file, scores, items });
    addScores(total, scores);
  }
  const merges = [...meetingOf].map(([key, ids]) => ({
    key,
    merged: ids.every((id) => !id.startsWith('missing:') && id === ids[0]),
  }));
  total['meeting merges'] = { hit: merges.filter((m) => m.merged).length, total: merges.length };
  return { files, total, merges };
}
