import {
  countryCities,
  countryMemberships,
  countryPeople,
  countryRegions,
} from '../graph/country.js';
import { entityTypeOptions } from './entity.js';
import { entityListQuery } from './entity-queries.js';
import { entityDetailsPart, notInEntityRecord, relatedEntitiesLoader } from './entity-reads.js';
import { carriedMeetings, meetingsOf } from './meeting-lists.js';
import { needs } from './reads.js';
import { City, Country, CountryConnection, Meeting, Organization, Person, Region } from './refs.js';

// Country: an entity with its ISO code, people, cities, regions, memberships and meetings, and the
// root `countries` list.

Country.implement({
  ...entityTypeOptions('Country'),
  fields: (t) => ({
    isoCode: t.string({
      description: 'ISO 3166-1 alpha-2.',
      extensions: needs(entityDetailsPart),
      resolve: async (country, _args, context) =>
        (await entityDetailsPart.of(country, context)).isoCode ?? '',
    }),
    people: t.loadableList({
      type: Person,
      description: 'People who act for this country.',
      extensions: needs(notInEntityRecord),
      byPath: true,
      load: relatedEntitiesLoader(countryPeople, []),
      resolve: (country) => country.id,
    }),
    cities: t.loadableList({
      type: City,
      description: 'Cities in this country that the graph knows.',
      extensions: needs(notInEntityRecord),
      byPath: true,
      load: relatedEntitiesLoader(countryCities, []),
      resolve: (country) => country.id,
    }),
    regions: t.loadableList({
      type: Region,
      description:
        'Regions of this country: its states or provinces, historical and disputed regions.',
      extensions: needs(notInEntityRecord),
      byPath: true,
      load: relatedEntitiesLoader(countryRegions, []),
      resolve: (country) => country.id,
    }),
    memberships: t.loadableList({
      type: Organization,
      description:
        'Formats and alliances this country is a member of (Weimarer Dreieck, NATO, EU).',
      extensions: needs(notInEntityRecord),
      byPath: true,
      load: relatedEntitiesLoader(countryMemberships, []),
      resolve: (country) => country.id,
    }),
    meetings: t.loadableList({
      type: Meeting,
      description: 'Meetings this country took part in, by date.',
      extensions: needs(carriedMeetings),
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
