import { cityCountries, cityMeetings } from '../graph/city.js';
import type { EntityRecord } from '../graph/records.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { pagedComplexity } from './limits.js';
import { Country } from './country.js';
import { articleEntitiesLoader, Entity, entitiesOfKind, entityFactsOf, entityParts, meetingsLoader } from './entity.js';
import { entityConnection } from './entity-lists.js';
import { Meeting } from './meeting.js';
import { type Connection, totalCountOf } from './pagination.js';

export const City = builder.loadableNodeRef<EntityRecord>('City', {
  id: { resolve: (city) => city.id },
  load: entitiesOfKind('City'),
  sort: (city) => city.id,
});

City.implement({
  interfaces: [Entity],
  isTypeOf: (value) => (value as EntityRecord).kind === 'City',
  fields: (t) => ({
    population: t.int({
      nullable: true,
      description: 'Inhabitants, from the gazetteer (GeoNames).',
      resolve: async (city, _args, context) => (await entityFactsOf(city, context)).population,
    }),
    latitude: t.float({
      nullable: true,
      description: 'Latitude in degrees (WGS84).',
      resolve: async (city, _args, context) => (await entityFactsOf(city, context)).latitude,
    }),
    longitude: t.float({
      nullable: true,
      description: 'Longitude in degrees (WGS84).',
      resolve: async (city, _args, context) => (await entityFactsOf(city, context)).longitude,
    }),
    country: t.loadable({
      type: Country,
      nullable: true,
      byPath: true,
      load: async (ids: string[], context, _args, info) => {
        const byCity = await cityCountries(context.runner, ids, entityParts(info, context));
        return ids.map((id) => byCity.get(id) ?? null);
      },
      resolve: (city) => city.id,
    }),
    meetings: t.loadableList({
      type: Meeting,
      description: 'Meetings held in this city, by date.',
      byPath: true,
      load: meetingsLoader((context, ids, parts) => cityMeetings(context.runner, ids, parts)),
      resolve: (city) => city.id,
    }),
  }),
});

export const CityConnection = builder.connectionObject(
  {
    type: City,
    name: 'CityConnection',
    fields: (t) => ({ totalCount: t.int({ resolve: (c) => totalCountOf(c as unknown as Connection<EntityRecord>) }) }),
  },
  { name: 'CityEdge' },
);

builder.objectFields(Article, (t) => ({
  cities: t.loadableList({
    type: City,
    description: 'Cities the article mentions.',
    byPath: true,
    load: articleEntitiesLoader('City'),
    resolve: (article) => article.id,
  }),
}));

builder.queryFields((t) => ({
  cities: t.field({
    type: CityConnection,
    description: 'Cities by name.',
    complexity: pagedComplexity,
    args: { first: t.arg.int(), after: t.arg.string() },
    resolve: (_root, args, context, info) => entityConnection(context, 'City', args, info),
  }),
}));
