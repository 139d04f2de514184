import type { Catalog } from './catalog/index.js';
import { discoverPeople, surnameMentions } from './discover/index.js';
import { discoverOrganizations, linkAcronyms } from './discover/organizations.js';
import { canBeNameWord } from './discover/name-shape.js';
import { linkSpans, type SpanChecks } from './discover/spans.js';
import { linkArticle } from './link/index.js';
import { extractMeetings } from './meetings/index.js';
import { extractStatements, officeOrganizations, type PositionFacts } from './quotes/index.js';
import type { LinkStages } from './pipeline.js';
import { itemTexts } from './pipeline.js';
import type { DiscoveredPerson, Mention } from './types.js';

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

export function catalogStages(
  catalog: Catalog,
  checks: SpanChecks = NAME_SHAPE_CHECKS,
): LinkStages {
  const cityCountry = (cityId: string) => catalog.byId.get(cityId)?.countryId ?? null;
  const personCountry = (personId: string) => catalog.byId.get(personId)?.countryId ?? null;
  const statementFacts = positionFacts(catalog);
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
      const mentions = linkAcronyms(fields, [...kept, ...fromSpans.mentions, ...surnames], catalog);
      return {
        mentions,
        discovered: people,
        // An organisation all of whose mentions went to another (an acronym to its long form) is none.
        organizations: [...institutions.organizations, ...fromSpans.organizations].filter((o) =>
          mentions.some((m) => m.entityId === o.id),
        ),
      };
    },
    meetings(articles) {
      return extractMeetings(
        articles.map((article) => ({
          id: article.id,
          publishedAt: article.item.publishedAt,
          title: article.item.title,
          lead: article.item.lead,
          body: article.item.body,
          captions: article.item.captions,
          mentions: article.mentions,
          parses: article.parses,
        })),
        cityCountry,
        { personCountry, formatMembers: (id) => catalog.byId.get(id)?.memberIds ?? [] },
      );
    },
    statements(article) {
      return extractStatements(
        {
          id: article.id,
          publishedAt: article.item.publishedAt,
          title: article.item.title,
          lead: article.item.lead,
          body: article.item.body,
          mentions: article.mentions,
        },
        statementFacts,
      );
    },
  };
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
