import { organizationMembers } from '../graph/organization.js';
import { entityTypeOptions } from './entity.js';
import { entityListQuery } from './entity-queries.js';
import { notInEntityRecord, relatedEntitiesLoader } from './entity-reads.js';
import { needs } from './reads.js';
import { Country, Organization, OrganizationConnection } from './refs.js';

// Organization: an entity with its member states when it is a format or an alliance.

Organization.implement({
  ...entityTypeOptions('Organization'),
  fields: (t) => ({
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
