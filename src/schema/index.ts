import { builder } from './builder.js';
import './article.js';
import './entity.js';
import './person.js';
import './country.js';
import './city.js';
import './organization.js';
import './outlet.js';
import './meeting.js';
import './quote.js';
import './position.js';
import './traversal.js';
import './analytics.js';
import './ingest.js';
import './subscriptions.js';

// Importing every type file registers it on the builder; then the schema is built once.
export const schema = builder.toSchema({ sortSchema: false });
