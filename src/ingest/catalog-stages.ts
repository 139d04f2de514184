import type { Catalog } from './catalog/index.js';
import { discoverPeople, surnameMentions } from './discover/index.js';
import { discoverOrganizations, linkAcronyms } from './discover/organizations.js';
import { canBeNameWord } from './discover/name-shape.js';
import { discoverPlaces, unmarkedWordPlaces } from './discover/places.js';
import { linkSpans, type SpanChecks } from './discover/spans.js';
import { linkArticle } from './link/index.js';
import { extractMeetings } from './meetings/index.js';
import { capitalMentions } from './meetings/capitals.js';
import { type HeldTitle, type RoleField, roleMentions } from './meetings/roles.js';
import { extractStatements, officeOrganizations, type PositionFacts } from './quotes/index.js';
import type { LinkStages } from './pipeline.js';
import { itemTexts } from './pipeline.js';
import type { DiscoveredPerson, ExtractedPosition, LinkedArticle, Mention } from './types.js';

// The pipeline's linking stages over a catalog: link, discover people (by cues, and from the
// recogniser's spans when it ran), extract meetings.

const NAME_SHAPE_CHECKS: SpanChecks = { isDictionaryWord: (word) => !canBeNameWord(word) };

/** Mentions without the towns named like a person the article names ("Anna Thorn … Thorn spielte"
 * is not Toruń, whose German name is Thorn), in any field, captions too. */
function withoutSurnameTowns(mentions: Mention[], people: readonly DiscoveredPerson[]): Mention[] {
  const surnames = new Set(people.map((person) => person.name.split(' ').at(-1) as string));
  if (surnames.size === 0) return mentions;
  return mentions.filter(
    (m) =>
      m.entityKind !== 'CITY' ||
      !(surnames.has(m.surface) || surnames.has(m.surface.replace(/s$/, ''))),
  );
}

export interface StageOptions {
  /** Read quotes and positions (QUOTES=on); false: the pipeline writes none. */
  statements?: boolean;
}

export function catalogStages(
  catalog: Catalog,
  checks: SpanChecks = NAME_SHAPE_CHECKS,
  options: StageOptions = {},
): LinkStages {
  const cityCountry = (cityId: string) => catalog.byId.get(cityId)?.countryId ?? null;
  const personCountry = (personId: string) => catalog.byId.get(personId)?.countryId ?? null;
  const statementFacts = positionFacts(catalog);
  const capitals = new Map(
    catalog.entities
      .filter((e) => e.kind === 'CITY' && e.capital && e.countryId)
      .map((e) => [e.countryId as string, e.id]),
  );
  const capitalOf = (countryId: string) => capitals.get(countryId) ?? null;
  return {
    link(item, spans, recent = []) {
      const linked = linkArticle(item, catalog);
      const [title, lead, body] = itemTexts(item);
      const fields = [
        { field: 'title' as const, text: title },
        { field: 'lead' as const, text: lead },
        { field: 'body' as const, text: body },
      ];
      const discovery = discoverPeople(fields, catalog, linked);
      const institutions = discoverOrganizations(fields, catalog, [
        ...linked,
        ...discovery.mentions,
      ]);
      const known = [...linked, ...discovery.mentions, ...institutions.mentions];
      if (!spans)
        return {
          mentions: withoutSurnameTowns(known, discovery.people),
          discovered: discovery.people,
          organizations: institutions.organizations,
        };
      const fromSpans = linkSpans(
        fields.map((f) => ({ ...f, spans: spans[f.field] })),
        catalog,
        known,
        checks,
        recent,
      );
      const newPeople = fromSpans.people.filter(
        (p) => !discovery.people.some((q) => q.id === p.id),
      );
      // A person found by a cue whose every mention a better span replaced is no person.
      const people = [...discovery.people, ...newPeople].filter(
        (p) =>
          fromSpans.mentions.some((m) => m.entityId === p.id) ||
          known.some((m) => m.entityId === p.id && !fromSpans.superseded.includes(m)),
      );
      const kept = withoutSurnameTowns(
        known.filter((m) => !fromSpans.superseded.includes(m)),
        people,
      );
      const surnames = surnameMentions(newPeople, fields, [...kept, ...fromSpans.mentions]);
      const withAcronyms = linkAcronyms(
        fields,
        [...kept, ...fromSpans.mentions, ...surnames],
        catalog,
      );
      const spanFields = fields.map((f) => ({ ...f, spans: spans[f.field] }));
      const unmarked = unmarkedWordPlaces(spanFields, withAcronyms);
      const places = discoverPlaces(spanFields, catalog, withAcronyms);
      const dropped = new Set([...unmarked, ...places.superseded]);
      const mentions = [...withAcronyms.filter((m) => !dropped.has(m)), ...places.mentions];
      return {
        mentions,
        places: places.places,
        discovered: people,
        // An organisation all of whose mentions went to another (an acronym to its long form) is none.
        organizations: [
          ...institutions.organizations,
          ...fromSpans.organizations,
          ...places.organizations,
        ].filter((o) => mentions.some((m) => m.entityId === o.id)),
      };
    },
    meetings(articles, positions = []) {
      const heldIn = positionsByArticle(positions);
      return extractMeetings(
        articles.map((article) => ({
          id: article.id,
          publishedAt: article.item.publishedAt,
          title: article.item.title,
          lead: article.item.lead,
          body: article.item.body,
          captions: article.item.captions,
          mentions: [
            ...article.mentions,
            ...roleMentions(fieldsOf(article.item), article.mentions, (personId) =>
              titlesHeld(personId, heldIn.get(article.id) ?? [], statementFacts),
            ),
            ...capitalMentions(fieldsOf(article.item), article.mentions, capitalOf),
          ],
          parses: article.parses,
        })),
        cityCountry,
        { personCountry, formatMembers: (id) => catalog.byId.get(id)?.memberIds ?? [] },
      );
    },
    ...(options.statements === false
      ? {}
      : {
          statements: (article: LinkedArticle) =>
            extractStatements(
              {
                id: article.id,
                publishedAt: article.item.publishedAt,
                title: article.item.title,
                lead: article.item.lead,
                body: article.item.body,
                mentions: article.mentions,
              },
              statementFacts,
            ),
        }),
  };
}

function fieldsOf(item: LinkedArticle['item']): RoleField[] {
  const [title, lead, body] = itemTexts(item);
  return [
    { field: 'title', text: title },
    { field: 'lead', text: lead },
    { field: 'body', text: body },
  ];
}

/** The page's positions by the article that reports them. */
function positionsByArticle(
  positions: readonly ExtractedPosition[],
): Map<string, ExtractedPosition[]> {
  const byArticle = new Map<string, ExtractedPosition[]>();
  for (const position of positions) {
    const held = byArticle.get(position.articleId);
    if (held) held.push(position);
    else byArticle.set(position.articleId, [position]);
  }
  return byArticle;
}

/** The offices a person holds by the article's role phrases (`positions`: the article's) and by the catalog. */
function titlesHeld(
  personId: string,
  positions: readonly ExtractedPosition[],
  facts: PositionFacts,
): HeldTitle[] {
  const held: HeldTitle[] = positions
    .filter((p) => p.personId === personId && !p.former)
    .map((p) => ({ title: p.title, countryId: p.countryId }));
  const curated = facts.person(personId);
  if (curated?.role)
    held.push({ title: curated.role.split(/\s+/)[0] ?? '', countryId: curated.countryId ?? null });
  return held;
}

/** What the catalog says about posts: curated people's roles, organisations' offices. */
function positionFacts(catalog: Catalog): PositionFacts {
  return {
    officeOrganization: officeOrganizations(catalog.entities),
    person: (id) => {
      const entity = catalog.byId.get(id);
      return entity?.kind === 'PERSON' ? entity : undefined;
    },
  };
}
