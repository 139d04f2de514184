import { entityTypeOptions } from './entity.js';
import { entityListQuery } from './entity-queries.js';
import { Organization, OrganizationConnection } from './refs.js';

// Organization: an entity with no fields of its own.

Organization.implement({ ...entityTypeOptions('Organization'), fields: () => ({}) });

entityListQuery('organizations', 'Organization', OrganizationConnection, 'Organizations by name.');
