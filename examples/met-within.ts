import { FindPersonDocument, MeetingsOfPeopleDocument } from './generated/operations.js';
import { client, fail, withinCost } from './lib.js';

// npm run example -- met-within "Karol Nawrocki" 2
// Everyone a person met within N hops through meetings, breadth-first: one request per hop for
// the whole frontier. Prints hop, person, the path from the start and the dates of each meeting.

interface Reached {
  name: string;
  hop: number;
  /** The path from the start: names, each followed by the dates of the meetings with the next. */
  path: string;
}

export async function main([name, hopsArg = '1']: string[]): Promise<void> {
  const hops = Number(hopsArg);
  if (!name || !Number.isInteger(hops) || hops < 1) fail('usage: met-within "<person>" <hops ≥ 1>');
  const { entity } = await client.request(FindPersonDocument, { name });
  if (entity?.__typename !== 'Person') fail(`met-within: no person is called "${name}"`);

  const reached = new Map<string, Reached>([
    [entity.id, { name: entity.name, hop: 0, path: entity.name }],
  ]);
  let frontier = [entity.id];
  for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
    const next: string[] = [];
    // As many people per request as the server's cost limit allows (nodes(ids) takes up to 100).
    let batch = 100;
    for (let i = 0; i < frontier.length; i += batch) {
      const { nodes } = await withinCost(batch, (size) => {
        batch = size;
        return client.request(MeetingsOfPeopleDocument, { ids: frontier.slice(i, i + size) });
      });
      for (const person of nodes) {
        if (person?.__typename !== 'Person') continue;
        const from = reached.get(person.id) as Reached;
        // Everyone met, with the dates of all meetings with them.
        const met = new Map<string, { name: string; dates: Set<string> }>();
        for (const meeting of person.meetings) {
          for (const other of meeting.participants) {
            if (other.__typename !== 'Person' || other.id === person.id) continue;
            const entry = met.get(other.id) ?? { name: other.name, dates: new Set<string>() };
            entry.dates.add(meeting.date ?? 'undated');
            met.set(other.id, entry);
          }
        }
        for (const [id, { name: otherName, dates }] of met) {
          if (reached.has(id)) continue;
          const when = [...dates].sort().join(', ');
          reached.set(id, { name: otherName, hop, path: `${from.path} —[${when}]→ ${otherName}` });
          next.push(id);
        }
      }
    }
    frontier = next;
  }

  const rows = [...reached.values()].filter((row) => row.hop > 0);
  console.log(['hop', 'person', 'path'].join('\t'));
  for (const row of rows) console.log([row.hop, row.name, row.path].join('\t'));
  console.error(`${rows.length} people within ${hops} hop(s) of ${entity.name}`);
}
