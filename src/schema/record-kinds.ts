import type { ArticleParts, EntityParts, MeetingParts } from '../graph/parts.js';
import { recordKind } from './reads.js';

// The kinds of record the schema's statements read, each with the GraphQL types that hold them and
// what a statement reads when nothing is selected. Fields declare their needs against these
// (src/schema/reads.ts).

export const ArticleRecords = recordKind<ArticleParts>('Article', ['Article'], {
  text: false,
  details: false,
  publishedAt: false,
  entities: null,
});

export const EntityRecords = recordKind<EntityParts>(
  'Entity',
  ['Entity', 'Person', 'Country', 'City', 'Organization', 'Region'],
  { details: false, articles: null, meetings: null },
);

export const MeetingRecords = recordKind<MeetingParts>('Meeting', ['Meeting'], {
  participantIds: false,
  evidence: false,
  tripStopIds: false,
  location: false,
  participants: null,
  reportedBy: null,
});

export const RECORD_KINDS = [ArticleRecords, EntityRecords, MeetingRecords] as const;
