import countryMeetings from './country-meetings/operation.js';
import latestArticles from './latest-articles/operation.js';
import nested3 from './nested3/operation.js';
import personCoMentions from './person-co-mentions/operation.js';
import search from './search/operation.js';
import shortestPath from './shortest-path/operation.js';
import timeline from './timeline/operation.js';
import topPeople from './top-people/operation.js';
import type { Operation } from './types.js';

export * from './types.js';

// The operations analysts run, in report order; each is a folder beside this file.
export const OPERATIONS: Operation[] = [
  latestArticles,
  personCoMentions,
  countryMeetings,
  timeline,
  topPeople,
  search,
  shortestPath,
  nested3,
];
