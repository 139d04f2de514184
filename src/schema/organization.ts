import { organizationCountries, organizationMembers } from '../graph/organization.js';
import { entityTypeOptions } from './entity.js';
import { entityListQuery } from './entity-queries.js';
import { notInEntityRecord, relatedEntitiesLoader } from './entity-reads.js';
import { needs } from './reads.js';
import { Country, Organization, OrganizationConnection } from './refs.js';

// Organization: an entity with its country, and its member states when it is a format or an alliance.

Organization.implement({
  ...entityTypeOptions('Organization'),
  fields: (t) => ({
    country: t.loadable({
      type: Country,
      nullable: true,
      description:
        'The state it belongs to ("das französische Außenministerium": France), where the catalog or the text says.',
      extensions: needs(notInEntityRecord),
      byPath: true,
      load: relatedEntitiesLoader(organizationCountries, null),
      resolve: (organization) => organization.id,
    }),
    members: t.loadableList({
      type: Country,
      description:
        'Member states when this is a format or an alliance (Weimarer Dreieck: Germany, France, Poland); empty otherwise.',
      extensions: needs(notInEntityRecord),
      byPath: true,
      load: relatedEntitiesLoader(organizationMembers, []),
      resolve: (organization) => organization.id,
    }),
  }),
});

entityListQuery('organizations', 'Organization', OrganizationConnection, 'Organizations by name.');
