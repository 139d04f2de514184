import { bodyText } from './body-text.js';
import { articleId } from './ids.js';
import { slug } from './text-fold.js';
import { parsePage } from './parse/index.js';
import type {
  DiscoveredOrganization,
  DiscoveredPerson,
  DiscoveredPlace,
  ExtractedMeeting,
  ExtractedPosition,
  ExtractedQuote,
  ItemSpans,
  KnownPerson,
  LinkedArticle,
  Mention,
  PageGraph,
  ParsedItem,
  ParsedPage,
} from './types.js';

// page text → PageGraph: parse, link every article to the catalog, discover people and
// organisations, extract and merge meetings. Stages that need the catalog are passed in, and the
// recogniser's spans come in as data, so the pipeline stays pure and testable alone.

export interface OutletInfo {
  name: string;
  id?: string;
}

export interface ItemLinks {
  mentions: Mention[];
  discovered: DiscoveredPerson[];
  organizations: DiscoveredOrganization[];
  /** Places the NER named outside the catalog (optional: stages without it find none). */
  places?: DiscoveredPlace[];
}

export interface LinkStages {
  /**
   * Mentions of catalog and discovered entities in one article; `spans` null when NER is off;
   * `recent` the people earlier articles named, for bare surnames.
   */
  link(item: ParsedItem, spans: ItemSpans | null, recent?: readonly KnownPerson[]): ItemLinks;
  /** Meetings reported by the page's articles, merged across them (`positions`: the offices the
   * articles give their people, for reading "der Präsident" as the one who holds it). */
  meetings(articles: LinkedArticle[], positions?: readonly ExtractedPosition[]): ExtractedMeeting[];
  /** Quotes and positions of one article (optional: pipelines without it write none). */
  statements?(article: LinkedArticle): { quotes: ExtractedQuote[]; positions: ExtractedPosition[] };
}

export interface PageInput {
  text: string;
  outlet?: OutletInfo;
  url?: string | null;
  /** People recent articles (earlier pages, the graph) named in full. */
  recentPeople?: readonly KnownPerson[];
}

const NO_LINKING: LinkStages = {
  link: () => ({ mentions: [], discovered: [], organizations: [] }),
  meetings: () => [],
};

/** The texts of an item that the recogniser reads, in the order ItemSpans holds them. */
export function itemTexts(item: ParsedItem): [string, string, string] {
  return [item.title, item.lead, bodyText(item.body)];
}

export function buildPageGraph(input: PageInput, stages: LinkStages = NO_LINKING): PageGraph {
  return linkPage(parsePage(input.text), input, stages, null);
}

/** The people an article names in full, with its countries as their context. */
export function knownPeopleOf(links: ItemLinks): KnownPerson[] {
  const countryIds = [
    ...new Set(links.mentions.filter((m) => m.entityKind === 'COUNTRY').map((m) => m.entityId)),
  ];
  return links.discovered
    .filter((person) => /\s/.test(person.name.trim()))
    .map((person) => ({ id: person.id, name: person.name, role: person.role, countryIds }));
}

/** A parsed page linked; `spans[i]` are the recogniser's spans of item i (null: rules alone). */
export function linkPage(
  page: ParsedPage,
  input: Omit<PageInput, 'text'>,
  stages: LinkStages,
  spans: ItemSpans[] | null,
): PageGraph {
  const outletName = input.outlet?.name ?? page.section ?? 'Unknown outlet';
  const outlet = { id: input.outlet?.id ?? `outlet:${slug(outletName)}`, name: outletName };
  const discovered = new Map<string, DiscoveredPerson>();
  const organizations = new Map<string, DiscoveredOrganization>();
  const places = new Map<string, DiscoveredPlace>();
  // Each article reads bare surnames against the people named before it, on this page and earlier.
  const recent: KnownPerson[] = [...(input.recentPeople ?? [])];
  const statements: { quotes: ExtractedQuote[]; positions: ExtractedPosition[] }[] = [];
  const articles: LinkedArticle[] = page.items.map((item, index) => {
    const links = stages.link(item, spans?.[index] ?? null, recent);
    recent.push(...knownPeopleOf(links));
    for (const person of links.discovered)
      if (!discovered.has(person.id)) discovered.set(person.id, person);
    for (const org of links.organizations)
      if (!organizations.has(org.id)) organizations.set(org.id, org);
    for (const place of links.places ?? []) if (!places.has(place.id)) places.set(place.id, place);
    const article: LinkedArticle = {
      id: articleId(item.publishedAt, item.title),
      outletId: outlet.id,
      url: input.url ?? null,
      language: 'de',
      item,
      mentions: links.mentions,
      ...(spans?.[index]?.parses ? { parses: spans[index]?.parses } : {}),
    };
    // Right after its linking, while the article's sentences are still in the segmenter's cache.
    if (stages.statements) statements.push(stages.statements(article));
    return article;
  });
  return {
    outlet,
    articles,
    discoveredPeople: [...discovered.values()],
    discoveredOrganizations: [...organizations.values()],
    ...(places.size > 0 ? { discoveredPlaces: [...places.values()] } : {}),
    // The positions read "der Präsident" at a meeting's table (QUOTES=off: the catalog's roles alone).
    meetings: stages.meetings(
      articles,
      statements.flatMap((s) => s.positions),
    ),
    // Without the stage (QUOTES=off) none are given, and the writer keeps what the graph had.
    ...(stages.statements
      ? {
          quotes: statements.flatMap((s) => s.quotes),
          positions: statements.flatMap((s) => s.positions),
        }
      : {}),
  };
}
