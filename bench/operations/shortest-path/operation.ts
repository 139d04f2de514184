import { encodeGlobalID } from '@pothos/plugin-relay';
import { personGid } from '../answers.js';
import { defineOperation } from '../define.js';

// The floor is the production statement itself: nothing simpler answers the same question.
export default defineOperation(import.meta.url, {
  name: 'shortestPath',
  description: 'the shortest path between two people, at most four hops',
  depth: 1,
  variables: (p) => ({ from: personGid(p), to: encodeGlobalID('Person', p.otherPersonId) }),
  peerVariables: (p) => ({ from: p.personId, to: p.otherPersonId }),
  floorStatement: 'traversal/shortest-path',
  floorParams: (p) => ({ from: p.personId, to: p.otherPersonId, maxHops: 4 }),
  answer: (contender, data) => {
    if (contender === 'cypher-floor') {
      const [path] = data as { edges: unknown[] }[];
      return path ? path.edges.length : null;
    }
    if (contender === 'neo4j-graphql') {
      return (data as { shortestPathLength: number | null }).shortestPathLength;
    }
    return (data as { shortestPath: unknown[] | null }).shortestPath?.length ?? null;
  },
});
