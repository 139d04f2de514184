import { countryCities, countryPeople } from '../graph/country.js';
import type { EntityRecord } from '../graph/records.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { pagedComplexity } from './limits.js';
import { City } from './city.js';
import { articleEntitiesLoader, Entity, entitiesOfKind, entityDetailsOf, entityParts, meetingsOf } from './entity.js';
import { entityConnection } from './entity-lists.js';
import { Meeting } from './meeting.js';
import { type Connection, totalCountOf } from './pagination.js';
import { Person } from './person.js';

export const Country = builder.loadableNodeRef<EntityRecord>('Country', {
  id: { resolve: (country) => country.id },
  load: entitiesOfKind('Country'),
  sort: (country) => country.id,
});

Country.implement({
  interfaces: [Entity],
  isTypeOf: (value) => (value as EntityRecord).kind === 'Country',
  fields: (t) => ({
    isoCode: t.string({
      description: 'ISO 3166-1 alpha-2.',
      resolve: async (country, _args, context) => (await entityDetailsOf(country, context)).isoCode ?? '',
    }),
    people: t.loadableList({
      type: Person,
      description: 'People who act for this country.',
      byPath: true,
      load: async (ids: string[], context, _args, info) => {
        const byCountry = await countryPeople(context.runner, ids, entityParts(info, context));
        return ids.map((id) => byCountry.get(id) ?? []);
      },
      resolve: (country) => country.id,
    }),
    cities: t.loadableList({
      type: City,
      description: 'Cities in this country that the graph knows.',
      byPath: true,
      load: async (ids: string[], context, _args, info) => {
        const byCountry = await countryCities(context.runner, ids, entityParts(info, context));
        return ids.map((id) => byCountry.get(id) ?? []);
      },
      resolve: (country) => country.id,
    }),
    meetings: t.loadableList({
      type: Meeting,
      description: 'Meetings this country took part in, by date.',
      byPath: true,
      load: meetingsOf,
      resolve: (country) => country.id,
    }),
  }),
});

export const CountryConnection = builder.connectionObject(
  {
    type: Country,
    name: 'CountryConnection',
    fields: (t) => ({ totalCount: t.int({ resolve: (c) => totalCountOf(c as unknown as Connection<EntityRecord>) }) }),
  },
  { name: 'CountryEdge' },
);

builder.objectFields(Article, (t) => ({
  countries: t.loadableList({
    type: Country,
    description: 'Countries the article mentions (by name, adjective or metonym).',
    byPath: true,
    load: articleEntitiesLoader('Country'),
    resolve: (article) => article.id,
  }),
}));

builder.queryFields((t) => ({
  countries: t.field({
    type: CountryConnection,
    description: 'All countries (ISO 3166), by German name.',
    complexity: pagedComplexity,
    args: { first: t.arg.int(), after: t.arg.string() },
    resolve: (_root, args, context, info) => entityConnection(context, 'Country', args, info),
  }),
}));
