import { articleId, slug } from './ids.js';
import { parsePage } from './parse/index.js';
import type { DiscoveredPerson, ExtractedMeeting, LinkedArticle, Mention, PageGraph, ParsedItem } from './types.js';

// page text → PageGraph: parse, link every article to the catalog, discover people, extract and
// merge meetings. Stages that need the catalog are passed in, so the pipeline is testable alone.

export interface OutletInfo {
  name: string;
  id?: string;
}

export interface LinkStages {
  /** Mentions of catalog and discovered entities in one article, and the people found there. */
  link(item: ParsedItem): { mentions: Mention[]; discovered: DiscoveredPerson[] };
  /** Meetings reported by the page's articles, merged across them. */
  meetings(articles: LinkedArticle[]): ExtractedMeeting[];
}

export interface PageInput {
  text: string;
  outlet?: OutletInfo;
  url?: string | null;
}

const NO_LINKING: LinkStages = { link: () => ({ mentions: [], discovered: [] }), meetings: () => [] };

export function buildPageGraph(input: PageInput, stages: LinkStages = NO_LINKING): PageGraph {
  const page = parsePage(input.text);
  const outletName = input.outlet?.name ?? page.section ?? 'Unknown outlet';
  const outlet = { id: input.outlet?.id ?? `outlet:${slug(outletName)}`, name: outletName };
  const discovered = new Map<string, DiscoveredPerson>();
  const articles: LinkedArticle[] = page.items.map((item) => {
    const { mentions, discovered: people } = stages.link(item);
    for (const person of people) if (!discovered.has(person.id)) discovered.set(person.id, person);
    return {
      id: articleId(item.publishedAt, item.title),
      outletId: outlet.id,
      url: input.url ?? null,
      language: 'de',
      item,
      mentions,
    };
  });
  return { outlet, articles, discoveredPeople: [...discovered.values()], meetings: stages.meetings(articles) };
}
