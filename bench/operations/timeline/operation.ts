import { personGid } from '../answers.js';
import { defineOperation } from '../define.js';

interface Row {
  start: unknown;
  count: number;
}

// The floor is the production statement itself: nothing simpler answers the same question.
export default defineOperation(import.meta.url, {
  name: 'timeline',
  description: 'articles per month mentioning a person',
  depth: 1,
  variables: (p) => ({ id: personGid(p) }),
  peerVariables: (p) => ({ id: p.personId }),
  floorStatement: 'analytics/timeline',
  floorParams: (p) => ({ entityId: p.personId, unit: 'month', from: null, to: null }),
  answer: (contender, data) =>
    (contender === 'cypher-floor' ? (data as Row[]) : (data as { timeline: Row[] }).timeline).map(
      (row) => ({
        start: String(row.start).slice(0, 10),
        count: row.count,
      }),
    ),
});
