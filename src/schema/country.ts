import { countryCities, countryPeople } from '../graph/country.js';
import { entityDetailsOf, entityParts, entityTypeOptions, meetingsOf } from './entity.js';
import { entityListQuery } from './entity-lists.js';
import { City, Country, CountryConnection, Meeting, Person } from './refs.js';

Country.implement({
  ...entityTypeOptions('Country'),
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

entityListQuery('countries', 'Country', CountryConnection, 'All countries (ISO 3166), by German name.');
