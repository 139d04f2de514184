import { CountriesDocument, MeetingsInPeriodDocument } from './generated/operations.js';
import { allNodes, client, fail } from './lib.js';

// npm run example -- who-met-whom PL 2025-01-01 2025-12-31
// For one country and a period: how many meetings each of its people had with people of each
// other country, as CSV (a row per person of the country, a column per other country).

const csv = (cell: string | number) =>
  /[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell);

export async function main([iso, from, to]: string[]): Promise<void> {
  if (!iso || !from || !to)
    fail('usage: who-met-whom <ISO code> <from YYYY-MM-DD> <to YYYY-MM-DD>');
  const countries = allNodes(
    async (after) => (await client.request(CountriesDocument, { after })).countries,
  );
  let found = false;
  for await (const country of countries) found ||= country.isoCode === iso.toUpperCase();
  if (!found) fail(`who-met-whom: no country with ISO code ${iso}`);

  // person → other country → meetings
  const matrix = new Map<string, Map<string, number>>();
  const columns = new Set<string>();
  const meetings = allNodes(
    async (after) => (await client.request(MeetingsInPeriodDocument, { from, to, after })).meetings,
  );
  for await (const meeting of meetings) {
    const people = meeting.participants.flatMap((p) =>
      p.__typename === 'Person' && p.country ? [{ name: p.name, country: p.country.isoCode }] : [],
    );
    for (const ours of people.filter((p) => p.country === iso.toUpperCase())) {
      const others = new Set(
        people.filter((p) => p.country !== ours.country).map((p) => p.country),
      );
      for (const other of others) {
        const row = matrix.get(ours.name) ?? new Map<string, number>();
        row.set(other, (row.get(other) ?? 0) + 1);
        matrix.set(ours.name, row);
        columns.add(other);
      }
    }
  }

  const header = [...columns].sort();
  console.log(['person', ...header].map(csv).join(','));
  for (const [person, row] of [...matrix].sort(([a], [b]) => a.localeCompare(b))) {
    console.log([person, ...header.map((column) => row.get(column) ?? 0)].map(csv).join(','));
  }
}
