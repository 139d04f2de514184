import { regionCountries } from '../graph/region.js';
import { entityTypeOptions } from './entity.js';
import { entityListQuery } from './entity-queries.js';
import { entityFactsOf, notInEntityRecord, relatedEntitiesLoader } from './entity-reads.js';
import { RegionKind } from './enums.js';
import { needs } from './reads.js';
import { Country, Region, RegionConnection } from './refs.js';

// Region: a state, province, historical or geographic region, or disputed area, with its kind,
// coordinates and country, and the root `regions` list. Its articles come with the Entity interface.

const REGION_KINDS = new Set(['ADMINISTRATIVE', 'HISTORICAL', 'GEOGRAPHIC', 'DISPUTED'] as const);
type RegionKindValue = typeof REGION_KINDS extends Set<infer T> ? T : never;
const isRegionKind = (value: unknown): value is RegionKindValue =>
  REGION_KINDS.has(value as RegionKindValue);

Region.implement({
  ...entityTypeOptions('Region'),
  fields: (t) => ({
    kind: t.field({
      type: RegionKind,
      nullable: true,
      description: 'What sort of region.',
      resolve: async (region, _args, context) => {
        const kind = (await entityFactsOf(region, context)).regionKind;
        return isRegionKind(kind) ? kind : null;
      },
    }),
    latitude: t.float({
      nullable: true,
      description: 'Latitude in degrees (WGS84): the median of its places, or a curated point.',
      resolve: async (region, _args, context) => (await entityFactsOf(region, context)).latitude,
    }),
    longitude: t.float({
      nullable: true,
      description: 'Longitude in degrees (WGS84).',
      resolve: async (region, _args, context) => (await entityFactsOf(region, context)).longitude,
    }),
    country: t.loadable({
      type: Country,
      nullable: true,
      description: 'The country it lies in (none for regions across borders: "Kaukasus").',
      extensions: needs(notInEntityRecord),
      byPath: true,
      load: relatedEntitiesLoader(regionCountries, null),
      resolve: (region) => region.id,
    }),
  }),
});

entityListQuery('regions', 'Region', RegionConnection, 'Regions by name.');
