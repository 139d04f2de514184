import type { Config } from '../config.js';
import type { QueryRunner } from '../graph/runner.js';
import { articleId } from '../ingest/ids.js';
import type { KnownPerson, ParsedPage } from '../ingest/types.js';

// The graph remembers people: before a page is linked, the people its recent articles named in
// full are read in one statement, so yesterday's "Friedrich Merz" makes today's bare "Merz" him.

export interface PeopleMemory {
  /** How many days before the page's earliest item are remembered; 0: none. */
  days: number;
  /** At most this many people, the most recently named first. */
  max: number;
}

export function peopleMemory(config: Config): PeopleMemory {
  return { days: config.RECENT_PEOPLE_DAYS, max: config.RECENT_PEOPLE_MAX };
}

const DAY_MS = 86_400_000;

/** The people the graph's articles named in full in the `memory.days` before the page's items. */
export async function recallPeople(
  runner: QueryRunner,
  page: ParsedPage,
  memory: PeopleMemory,
): Promise<KnownPerson[]> {
  if (memory.days === 0 || page.items.length === 0) return [];
  const times = page.items.map((item) => Date.parse(item.publishedAt)).filter(Number.isFinite);
  if (times.length === 0) return [];
  const rows = await runner.read('ingest/recent-people', {
    from: new Date(Math.min(...times) - memory.days * DAY_MS).toISOString(),
    to: new Date(Math.max(...times)).toISOString(),
    exclude: page.items.map((item) => articleId(item.publishedAt, item.title)),
    max: memory.max,
  });
  return rows.map((row) => ({
    id: String(row.id),
    name: String(row.name),
    role: typeof row.role === 'string' ? row.role : null,
    countryIds: (row.countryIds as string[] | null) ?? [],
  }));
}
