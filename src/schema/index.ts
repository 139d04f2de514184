import { articleNodeReader } from './article.js';
import { builder } from './builder.js';
import { entityNodeReader } from './entity-reads.js';
import { meetingNodeReader } from './meeting.js';
import { withNodeReaders } from './reads.js';
import './entity.js';
import './person.js';
import './country.js';
import './city.js';
import './region.js';
import './organization.js';
import './outlet.js';
import './quote.js';
import './position.js';
import './traversal.js';
import './analytics.js';
import './ingest.js';
import './subscriptions.js';

// Importing every type file registers it on the builder; then the schema is built once, with the
// types whose node(id) reads its record with the relations its selection carries (reads.ts).
export const schema = builder.toSchema({
  sortSchema: false,
  extensions: withNodeReaders({
    Article: articleNodeReader,
    Person: entityNodeReader('Person'),
    Country: entityNodeReader('Country'),
    City: entityNodeReader('City'),
    Organization: entityNodeReader('Organization'),
    Region: entityNodeReader('Region'),
    Meeting: meetingNodeReader,
  }),
});
