import { articleEntities } from '../graph/article.js';
import { cityCountries, cityMeetings } from '../graph/city.js';
import type { EntityRecord } from '../graph/records.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { meetingParts } from './heavy-fields.js';
import { pagedComplexity } from './limits.js';
import { Country } from './country.js';
import { Entity, entitiesOfKind, entityFactsOf } from './entity.js';
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
      load: async (ids: string[], context) => {
        const byCity = await cityCountries(context.runner, ids, context.heavyFields.entityDetails);
        return ids.map((id) => byCity.get(id) ?? null) as never;
      },
      resolve: (city) => city.id,
    }),
    meetings: t.loadableList({
      type: Meeting,
      description: 'Meetings held in this city, by date.',
      load: async (ids: string[], context) => {
        const byCity = await cityMeetings(context.runner, ids, meetingParts(context));
        return ids.map((id) => byCity.get(id) ?? []) as never;
      },
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
    load: async (ids: string[], context) => {
      const byArticle = await articleEntities(context.runner, ids, ['City'], context.heavyFields.entityDetails);
      return ids.map((id) => byArticle.get(id) ?? []) as never;
    },
    resolve: (article) => article.id,
  }),
}));

builder.queryFields((t) => ({
  cities: t.field({
    type: CityConnection,
    description: 'Cities by name.',
    complexity: pagedComplexity,
    args: { first: t.arg.int(), after: t.arg.string() },
    resolve: (_root, args, context) => entityConnection(context, 'City', args) as never,
  }),
}));
