import { countryCities, countryPeople } from '../graph/country.js';
import { entityDetailsOf, entityTypeOptions, meetingsOf, relatedEntitiesLoader } from './entity.js';
import { entityListQuery } from './entity-lists.js';
import { City, Country, CountryConnection, Meeting, Person } from './refs.js';

// Country: an entity with its ISO code, people, cities and meetings, and the root `countries` list.

Country.implement({
  ...entityTypeOptions('Country'),
  fields: (t) => ({
    isoCode: t.string({
      description: 'ISO 3166-1 alpha-2.',
      resolve: async (country, _args, context) =>
        (await entityDetailsOf(country, context)).isoCode ?? '',
    }),
    people: t.loadableList({
      type: Person,
      description: 'People who act for this country.',
      byPath: true,
      load: relatedEntitiesLoader(countryPeople, []),
      resolve: (country) => country.id,
    }),
    cities: t.loadableList({
      type: City,
      description: 'Cities in this country that the graph knows.',
      byPath: true,
      load: relatedEntitiesLoader(countryCities, []),
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

entityListQuery(
  'countries',
  'Country',
  CountryConnection,
  'All countries (ISO 3166), by German name.',
);
