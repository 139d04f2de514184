import { encodeGlobalID } from '@pothos/plugin-relay';
import { edges, names, sorted } from '../answers.js';
import { defineOperation } from '../define.js';

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
        ? data
        : contender === 'neo4j-graphql'
          ? data.countries[0].meetings
          : data.node.meetings;
    return sorted(
      rows.map((row: any) => ({
        date: row.date,
        participants:
          contender === 'cypher-floor' ? sorted(row.participants) : names(row.participants),
        reportedBy: sorted(
          contender === 'cypher-floor'
            ? row.reportedBy
            : (contender === 'neo4j-graphql' ? row.reportedBy : edges(row.reportedBy)).map(
                (article: any) => article.title,
              ),
        ),
      })),
    );
  },
});
