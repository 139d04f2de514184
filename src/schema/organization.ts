import { entityTypeOptions } from './entity.js';
import { entityListQuery } from './entity-lists.js';
import { Organization, OrganizationConnection } from './refs.js';

// Organization: an entity with no fields of its own.

Organization.implement({ ...entityTypeOptions('Organization'), fields: () => ({}) });

entityListQuery('organizations', 'Organization', OrganizationConnection, 'Organizations by name.');
