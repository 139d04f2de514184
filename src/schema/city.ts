import { cityCountries, cityMeetings } from '../graph/city.js';
import { entityTypeOptions } from './entity.js';
import { entityListQuery } from './entity-queries.js';
import { entityFactsOf, notInEntityRecord, relatedEntitiesLoader } from './entity-reads.js';
import { meetingsHeldThere, meetingsLoader } from './meeting-lists.js';
import { needs } from './reads.js';
import { City, CityConnection, Country, Meeting } from './refs.js';

// City: an entity with gazetteer facts, its country and meetings, and the root `cities` list.

City.implement({
  ...entityTypeOptions('City'),
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
      extensions: needs(notInEntityRecord),
      byPath: true,
      load: relatedEntitiesLoader(cityCountries, null),
      resolve: (city) => city.id,
    }),
    meetings: t.loadableList({
      type: Meeting,
      description: 'Meetings held in this city, by date.',
      extensions: needs(meetingsHeldThere),
      byPath: true,
      load: meetingsLoader((context, ids, parts) => cityMeetings(context.runner, ids, parts)),
      resolve: (city) => city.id,
    }),
  }),
});

entityListQuery('cities', 'City', CityConnection, 'Cities by name.');
