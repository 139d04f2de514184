import { encodeGlobalID } from '@pothos/plugin-relay';
import { type Connection, edges, first, names, sorted, type Titled } from '../answers.js';
import { defineOperation } from '../define.js';

// Floor rows carry names and titles; the GraphQL contenders carry objects, this server connections.
interface Row {
  date: string;
  participants: string[] | { name: string }[];
  reportedBy: string[] | Titled[] | Connection<Titled>;
}

export default defineOperation(import.meta.url, {
  name: 'countryMeetings',
  description: "a country's meetings, their participants and first five reporting articles",
  depth: 3,
  variables: (p) => ({ id: encodeGlobalID('Country', p.countryId) }),
  peerVariables: (p) => ({ id: p.countryId }),
  floorParams: (p) => ({ countryId: p.countryId }),
  answer: (contender, data) => {
    const rows =
      contender === 'cypher-floor'
        ? (data as Row[])
        : contender === 'neo4j-graphql'
          ? first((data as { countries: { meetings: Row[] }[] }).countries).meetings
          : (data as { node: { meetings: Row[] } }).node.meetings;
    return sorted(
      rows.map((row) => ({
        date: row.date,
        participants:
          contender === 'cypher-floor'
            ? sorted(row.participants as string[])
            : names(row.participants as { name: string }[]),
        reportedBy: sorted(
          contender === 'cypher-floor'
            ? (row.reportedBy as string[])
            : (contender === 'neo4j-graphql'
                ? (row.reportedBy as Titled[])
                : edges(row.reportedBy as Connection<Titled>)
              ).map((article) => article.title),
        ),
      })),
    );
  },
});
