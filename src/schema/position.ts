import {
  type PositionRecord,
  type PositionReportRecord,
  peopleOfOrganizations,
  positionsByIds,
  positionsOfPeople,
} from '../graph/quote.js';
import { builder } from './builder.js';
import type { GraphContext } from './context.js';
import { decodeCursor } from './cursor.js';
import { pagedComplexity, pageSizeOf } from './limits.js';
import { toConnection } from './pagination.js';
import { Article, Country, Organization, Person, PersonConnection } from './refs.js';
import { needs, notCarried } from './reads.js';

// Position: a post a person holds or held, with its organisation or country and the reports that
// say so; Person.positions and Organization.people. One statement per batch.

const PositionReport = builder.objectRef<PositionReportRecord>('PositionReport').implement({
  description: 'One article naming the post, with its sentence.',
  fields: (t) => ({
    article: t.field({ type: Article, resolve: (report) => report.articleId }),
    sentence: t.exposeString('sentence'),
    former: t.exposeBoolean('former', { description: 'This report calls the post former.' }),
  }),
});

const byDate = (a: PositionReportRecord, b: PositionReportRecord) =>
  a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0;
const dayOf = (iso: string | undefined) => (iso ? iso.slice(0, 10) : null);

// A Relay node: node(id:) reads it by its id, one statement per batch of ids.
export const Position = builder.loadableNodeRef<PositionRecord>('Position', {
  id: { resolve: (position) => position.id },
  load: (ids: string[], context: GraphContext) => positionsByIds(context.runner, ids),
  sort: (position) => position.id,
});

Position.implement({
  description: 'A post a person holds or held, as the articles (or the catalog) report it.',
  fields: (t) => ({
    holder: t.field({
      type: Person,
      description: 'The person who holds or held the post.',
      resolve: (position) => position.personId,
    }),
    title: t.exposeString('title', { description: 'As the text writes the post: "Sprecherin".' }),
    organization: t.field({
      type: Organization,
      nullable: true,
      resolve: (position) => position.organizationId,
    }),
    organizationName: t.exposeString('organizationName', {
      nullable: true,
      description:
        'The organisation when no entity stands for it, its noun in the nominative ("des Verteidigungsministeriums" → "Verteidigungsministerium").',
    }),
    country: t.field({
      type: Country,
      nullable: true,
      description:
        'The state the post serves; none for an international organisation’s post ("Nato-Generalsekretär").',
      resolve: (position) => position.countryId,
    }),
    former: t.boolean({
      description:
        'The latest report calls the post former (the catalog, when no article reports it).',
      resolve: (position) =>
        [...position.reports].sort(byDate).at(-1)?.former ?? position.catalogFormer,
    }),
    curated: t.exposeBoolean('curated', { description: 'From the catalog, not from an article.' }),
    firstSeen: t.field({
      type: 'Date',
      nullable: true,
      description: 'The date of the first article reporting it.',
      resolve: (position) => dayOf([...position.reports].sort(byDate)[0]?.publishedAt),
    }),
    lastSeen: t.field({
      type: 'Date',
      nullable: true,
      description: 'The date of the latest article reporting it.',
      resolve: (position) => dayOf([...position.reports].sort(byDate).at(-1)?.publishedAt),
    }),
    evidence: t.field({
      type: [PositionReport],
      description: 'The reports, oldest first.',
      resolve: (position) => [...position.reports].sort(byDate),
    }),
  }),
});

builder.objectField(Person, 'positions', (t) =>
  t.loadableList({
    type: Position,
    description: 'Posts the person holds or held.',
    byPath: true,
    load: async (ids: string[], context: GraphContext) => {
      const byPerson = await positionsOfPeople(context.runner, ids);
      return ids.map((id) => byPerson.get(id) ?? []);
    },
    resolve: (person) => person.id,
  }),
);

builder.objectField(Organization, 'people', (t) =>
  t.loadable({
    type: PersonConnection,
    description: 'People who hold or held a post here, by name.',
    extensions: needs(notCarried('the people of an organisation: their own batch, by post')),
    complexity: pagedComplexity,
    args: { first: t.arg.int(), after: t.arg.string() },
    byPath: true,
    load: async (ids: string[], context: GraphContext, args) => {
      const limit = pageSizeOf(args.first, context.limits);
      const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) + 1 : 0;
      const pages = await peopleOfOrganizations(context.runner, ids, offset, limit + 1);
      return ids.map((id) => {
        const page = pages.get(id) ?? { total: 0, people: [] };
        return toConnection(page.people, limit, page.total, offset > 0, (_person, index) => [
          offset + index,
        ]);
      });
    },
    resolve: (organization) => organization.id,
  }),
);
