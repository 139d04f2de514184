import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRunner } from '../../src/graph/runner.js';
import { seedGraph } from '../../src/loading/seed.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testDriver } from '../support/graph.js';
import {
  evalPageFiles,
  freePort,
  type Running,
  runScript,
  startExample,
} from '../support/programs.js';
import { postGraphQL, startTestServer } from '../support/server.js';

// The example programs and `npm run export`, run as a user runs them against the seeded graph plus
// the real pages of ../shared/eval-pages. Every expectation is read independently through other
// fields of the API (or the ingest report), never written down by hand.

const INGEST_TOKEN = 'test-ingest-token-programs';
const READ_TOKEN = 'test-read-token-programs';
const READER = { authorization: `Bearer ${READ_TOKEN}` };
// Pages the follow tests ingest while it runs: live, during the outage, after the reconnect.
const FOLLOWED = {
  sse: ['nauseda-in-polen.txt', 'letzte-gerade.txt', 'debattenreihe.txt'],
  ws: ['infomagazin.txt', 'diplomatie-und-realitaet.txt', 'duda-berlin.txt'],
};

const INGEST = `mutation Ingest($input: IngestPageInput!) {
  ingestPage(input: $input) { articles { id countries { isoCode } } }
}`;

async function ingest(url: string, file: string): Promise<{ id: string; isoCodes: string[] }[]> {
  const answer = await postGraphQL<{
    ingestPage: { articles: { id: string; countries: { isoCode: string }[] }[] };
  }>(
    url,
    INGEST,
    { input: { text: readFileSync(file, 'utf8') } },
    { authorization: `Bearer ${INGEST_TOKEN}` },
  );
  expect(answer.errors, basename(file)).toBeUndefined();
  return (answer.data?.ingestPage.articles ?? []).map((article) => ({
    id: article.id,
    isoCodes: article.countries.map((country) => country.isoCode),
  }));
}

async function read<T>(url: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await postGraphQL<T>(url, query, variables, READER);
  expect(answer.errors).toBeUndefined();
  return answer.data as T;
}

interface MeetingFacts {
  id: string;
  date: string | null;
  participants: {
    __typename: string;
    id: string;
    name: string;
    country?: { isoCode: string } | null;
  }[];
}

/** Every meeting of the graph, through the root connection, page by page. */
async function allMeetings(url: string): Promise<MeetingFacts[]> {
  const meetings: MeetingFacts[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: {
      meetings: {
        edges: { node: MeetingFacts }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await read(
      url,
      `query ($after: String) { meetings(first: 100, after: $after) {
        edges { node { id date participants { __typename id name ... on Person { country { isoCode } } } } }
        pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const page = answer.meetings;
    meetings.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return meetings;
    after = page.pageInfo.endCursor;
  }
}

async function idOf(url: string, name: string): Promise<string> {
  const { entity } = await read<{ entity: { id: string } | null }>(
    url,
    'query ($name: String!) { entity(name: $name) { id } }',
    { name },
  );
  if (!entity) throw new Error(`no entity "${name}" in the graph`);
  return entity.id;
}

describe('example programs and npm run export', () => {
  let server: GraphServer;
  let writer: GraphServer;
  let port: number;
  // Writing the catalog and the first pages is slow on a cold database on a busy machine.
  const serverEnv = {
    INGEST_TOKENS: INGEST_TOKEN,
    READ_TOKENS: READ_TOKEN,
    CYPHER_TIMEOUT_MS: '120000',
  };
  const clientEnv = () => ({ GRAPHQL_URL: server.url, GRAPHQL_TOKEN: READ_TOKEN });
  const pages = evalPageFiles();
  const page = (name: string) => pages.find((file) => basename(file) === name) as string;

  beforeAll(async () => {
    await seedGraph(new QueryRunner(testDriver(), 'neo4j', 120_000), () => {});
    port = await freePort();
    server = await startTestServer({ ...serverEnv, PORT: String(port) });
    // A second server on the same graph, for writes its peer does not announce (no shared events).
    writer = await startTestServer(serverEnv);
    const followed = new Set([...FOLLOWED.sse, ...FOLLOWED.ws]);
    for (const file of pages) if (!followed.has(basename(file))) await ingest(writer.url, file);
  });
  afterAll(async () => {
    await server?.close(1_000);
    await writer?.close(1_000);
  });

  for (const transport of ['sse', 'ws'] as const) {
    it(`follow over ${transport}: prints what is ingested while it runs, and what came during a reconnect`, async () => {
      const [live, meanwhile, after] = FOLLOWED[transport].map(page);
      let follow: Running | undefined;
      try {
        follow = startExample(['follow', 'Polen', transport], clientEnv());
        await follow.waitFor(/^following Polen over/);
        const aboutPoland = (articles: { id: string; isoCodes: string[] }[]) =>
          articles
            .filter((article) => article.isoCodes.includes('PL'))
            .map((article) => article.id);
        const printedArticles = () =>
          (follow as Running).stdout
            .filter((line) => line.startsWith('article\t'))
            .map((line) => line.split('\t')[1]);
        const waitForArticles = async (ids: string[]) => {
          for (const id of ids)
            await (follow as Running).waitFor(new RegExp(`^article\\t${id}\\t`));
        };

        const liveIds = aboutPoland(await ingest(server.url, live as string));
        expect(liveIds.length).toBeGreaterThan(0);
        await waitForArticles(liveIds);

        // The server goes away; a page is written meanwhile through the other server.
        await server.close(1_000);
        const meanwhileIds = aboutPoland(await ingest(writer.url, meanwhile as string));
        expect(meanwhileIds.length).toBeGreaterThan(0);
        server = await startTestServer({ ...serverEnv, PORT: String(port) });
        await follow.waitFor(/^reconnected; caught up/, 45_000);
        await waitForArticles(meanwhileIds);

        const afterIds = aboutPoland(await ingest(server.url, after as string));
        expect(afterIds.length).toBeGreaterThan(0);
        await waitForArticles(afterIds);

        // Each once, and nothing that was not ingested during the run.
        expect(printedArticles().sort()).toEqual([...liveIds, ...meanwhileIds, ...afterIds].sort());
        const meetingLines = follow.stdout.filter((line) => line.startsWith('meeting\t'));
        const meetingIds = meetingLines.map((line) => line.split('\t')[1]);
        expect(new Set(meetingIds).size).toBe(meetingIds.length);
        for (const line of meetingLines) expect(line.split('\t')[4]).toContain('Polen');
      } finally {
        await follow?.stop();
      }
    });
  }

  describe('on the seed and every evaluation page', () => {
    beforeAll(async () => {
      // Pages ingested already are unchanged by a second ingest.
      for (const file of pages) await ingest(server.url, file);
    });

    it('met-within "Karol Nawrocki" 2: everyone within two hops through meetings', async () => {
      const start = await idOf(server.url, 'Karol Nawrocki');
      // Breadth-first over the root meetings connection: who sits at a table with whom.
      const partners = new Map<string, Map<string, string>>();
      for (const meeting of await allMeetings(server.url)) {
        const people = meeting.participants.filter((p) => p.__typename === 'Person');
        for (const a of people) {
          for (const b of people) {
            if (a.id === b.id) continue;
            const known = partners.get(a.id) ?? new Map<string, string>();
            known.set(b.id, b.name);
            partners.set(a.id, known);
          }
        }
      }
      const hops = new Map<string, number>([[start, 0]]);
      const expected = new Map<string, number>();
      let frontier = [start];
      for (const hop of [1, 2]) {
        const next: string[] = [];
        for (const id of frontier) {
          for (const [other, name] of partners.get(id) ?? []) {
            if (hops.has(other)) continue;
            hops.set(other, hop);
            expected.set(name, hop);
            next.push(other);
          }
        }
        frontier = next;
      }
      expect(expected.size).toBeGreaterThan(0);

      const result = await runScript('example', ['met-within', 'Karol Nawrocki', '2'], clientEnv());
      expect(result.code, result.stderr).toBe(0);
      const [header, ...rows] = result.stdout.trim().split('\n');
      expect(header).toBe('hop\tperson\tpath');
      const printed = new Map(
        rows.map((row) => {
          const [hop, person, path] = row.split('\t');
          expect(path?.startsWith('Karol Nawrocki')).toBe(true);
          expect(path?.endsWith(person as string)).toBe(true);
          expect(path?.split('→').length).toBe(Number(hop) + 1);
          return [person as string, Number(hop)];
        }),
      );
      expect(printed).toEqual(expected);
    });

    it('Person.metWith: everyone at a meeting with each person, in statements that do not grow with the people asked', async () => {
      // Who sat with whom, as the root meetings connection tells it.
      const partners = new Map<string, Map<string, Set<string>>>();
      for (const meeting of await allMeetings(server.url)) {
        const people = meeting.participants.filter((p) => p.__typename === 'Person');
        for (const a of people) {
          for (const b of people) {
            if (a.id === b.id) continue;
            const byOther = partners.get(a.id) ?? new Map<string, Set<string>>();
            byOther.set(b.id, (byOther.get(b.id) ?? new Set()).add(meeting.id));
            partners.set(a.id, byOther);
          }
        }
      }
      const ids = [...partners.keys()];
      expect(ids.length).toBeGreaterThan(2);
      const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person {
        metWith(first: 50) { person { id name country { isoCode } } meetings { id date } } } } }`;
      const statementsFor = async (asked: string[]) => {
        const answer = await postGraphQL<{
          nodes: {
            id: string;
            metWith: { person: { id: string }; meetings: { id: string; date: string | null }[] }[];
          }[];
        }>(server.url, query, { ids: asked }, { ...READER, 'x-debug-cypher': '1' });
        expect(answer.errors).toBeUndefined();
        for (const node of answer.data?.nodes ?? []) {
          const expected = partners.get(node.id) ?? new Map<string, Set<string>>();
          expect(expected.size).toBeLessThanOrEqual(50);
          expect(new Set(node.metWith.map((row) => row.person.id))).toEqual(
            new Set(expected.keys()),
          );
          for (const row of node.metWith) {
            expect(row.meetings.map((m) => m.id).sort()).toEqual(
              [...(expected.get(row.person.id) ?? [])].sort(),
            );
            const dates = row.meetings.flatMap((m) => (m.date ? [m.date] : []));
            expect(dates).toEqual([...dates].sort());
          }
          // Most shared meetings first.
          const counts = node.metWith.map((row) => row.meetings.length);
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
        }
        const report = answer.extensions?.cypher as { statements: number } | undefined;
        expect(report).toBeDefined();
        return report?.statements ?? Number.NaN;
      };
      const one = await statementsFor(ids.slice(0, 1));
      // Ten at once, within the cost limit (each asks for up to 50 people with their meetings).
      const all = await statementsFor(ids.slice(0, 10));
      expect(all).toBe(one);
      expect(all).toBeLessThanOrEqual(4);
    });

    it('who-met-whom PL 2025-01-01 2025-12-31: the matrix as each Polish person’s meetings give it', async () => {
      const { entity } = await read<{
        entity: { people: { name: string; meetings: MeetingFacts[] }[] };
      }>(
        server.url,
        `{ entity(name: "Polen") { ... on Country { people { name meetings {
            id date participants { __typename id name ... on Person { country { isoCode } } } } } } } }`,
      );
      const expected = new Map<string, Map<string, number>>();
      for (const person of entity.people) {
        for (const meeting of person.meetings) {
          if (!meeting.date || meeting.date < '2025-01-01' || meeting.date > '2025-12-31') continue;
          const others = new Set(
            meeting.participants.flatMap((p) =>
              p.__typename === 'Person' && p.country && p.country.isoCode !== 'PL'
                ? [p.country.isoCode]
                : [],
            ),
          );
          for (const country of others) {
            const row = expected.get(person.name) ?? new Map<string, number>();
            row.set(country, (row.get(country) ?? 0) + 1);
            expected.set(person.name, row);
          }
        }
      }
      expect(expected.size).toBeGreaterThan(0);

      const result = await runScript(
        'example',
        ['who-met-whom', 'PL', '2025-01-01', '2025-12-31'],
        clientEnv(),
      );
      expect(result.code, result.stderr).toBe(0);
      const [header, ...rows] = result.stdout.trim().split('\n');
      const columns = (header as string).split(',').slice(1);
      const printed = new Map(
        rows.map((row) => {
          const [person, ...cells] = row.split(',');
          const counts = new Map<string, number>();
          cells.forEach((cell, index) => {
            if (Number(cell) > 0) counts.set(columns[index] as string, Number(cell));
          });
          return [person as string, counts];
        }),
      );
      expect(printed).toEqual(expected);
    });

    it('export --root as GraphML: every node and edge of the neighbourhood, readable by a GraphML reader', async () => {
      const root = await idOf(server.url, 'Karol Nawrocki');
      const { neighborhood } = await read<{
        neighborhood: {
          truncated: boolean;
          nodes: { __typename: string; id: string }[];
          edges: { from: string; to: string; type: string }[];
        };
      }>(
        server.url,
        `query ($id: ID!) { neighborhood(id: $id, depth: 1, limit: 300) {
          truncated nodes { __typename id } edges { from to type } } }`,
        { id: root },
      );
      expect(neighborhood.edges.length).toBeGreaterThan(0);
      expect(neighborhood.truncated).toBe(false); // else the export may stop elsewhere

      const out = join(await mkdtemp(join(tmpdir(), 'export-')), 'nawrocki.graphml');
      const result = await runScript(
        'export',
        ['--format', 'graphml', '--root', root, '--depth', '1', '--out', out],
        clientEnv(),
      );
      expect(result.code, result.stderr).toBe(0);
      const graph = parseGraphML(MultiDirectedGraph, readFileSync(out, 'utf8'));
      expect(graph.order).toBe(neighborhood.nodes.length);
      for (const node of neighborhood.nodes) {
        expect(graph.hasNode(node.id), node.id).toBe(true);
        expect(graph.getNodeAttribute(node.id, 'kind')).toBe(node.__typename);
      }
      const edgeOf = (from: string, to: string, type: string) => `${from} ${type} ${to}`;
      const exported = graph.mapEdges((_edge, attributes, source, target) =>
        edgeOf(source, target, String(attributes.type)),
      );
      expect(exported.sort()).toEqual(
        neighborhood.edges.map((edge) => edgeOf(edge.from, edge.to, edge.type)).sort(),
      );
      expect(graph.getAttribute('truncated')).toBe(false);
      // Names, dates and evidence as attributes, compared with the nodes as the API gives them.
      const { nodes } = await read<{
        nodes: { id: string; name?: string; date?: string | null; evidence?: string[] }[];
      }>(
        server.url,
        `query ($ids: [ID!]!) { nodes(ids: $ids) { id
          ... on Entity { name } ... on Meeting { date evidence } } }`,
        { ids: neighborhood.nodes.slice(0, 100).map((node) => node.id) },
      );
      let meetings = 0;
      for (const node of nodes) {
        const attributes = graph.getNodeAttributes(node.id);
        if (node.name !== undefined) expect(attributes.label).toBe(node.name);
        if (node.evidence !== undefined) {
          meetings++;
          expect(attributes.date).toBe(node.date ?? undefined);
          expect(attributes.evidence).toBe(node.evidence.join('\n') || undefined);
        }
      }
      expect(meetings).toBeGreaterThan(0);
    });

    it('export --from --to as node-link JSON: the period’s meetings, participants and places', async () => {
      const inPeriod = (await allMeetings(server.url)).filter(
        (meeting) =>
          meeting.date !== null && meeting.date >= '2025-01-01' && meeting.date <= '2025-12-31',
      );
      expect(inPeriod.length).toBeGreaterThan(0);
      const result = await runScript(
        'export',
        ['--format', 'json', '--from', '2025-01-01', '--to', '2025-12-31'],
        clientEnv(),
      );
      expect(result.code, result.stderr).toBe(0);
      const document = JSON.parse(result.stdout) as {
        nodes: { id: string; kind: string; date?: string }[];
        links: { source: string; target: string; type: string }[];
      };
      const meetings = document.nodes.filter((node) => node.kind === 'Meeting');
      expect(meetings.map((node) => node.id).sort()).toEqual(inPeriod.map((m) => m.id).sort());
      const participations = document.links
        .filter((link) => link.type === 'PARTICIPATED_IN')
        .map((link) => `${link.source}→${link.target}`);
      expect(participations.sort()).toEqual(
        inPeriod.flatMap((m) => m.participants.map((p) => `${p.id}→${m.id}`)).sort(),
      );
    });

    it('the export example writes the neighbourhood of a name as node-link JSON', async () => {
      const root = await idOf(server.url, 'Karol Nawrocki');
      const { neighborhood } = await read<{
        neighborhood: { truncated: boolean; nodes: { id: string }[] };
      }>(
        server.url,
        'query ($id: ID!) { neighborhood(id: $id, depth: 1, limit: 300) { truncated nodes { id } } }',
        { id: root },
      );
      const result = await runScript(
        'example',
        ['export', 'Karol Nawrocki', '1', 'json'],
        clientEnv(),
      );
      expect(result.code, result.stderr).toBe(0);
      const document = JSON.parse(result.stdout) as { nodes: { id: string }[] };
      expect(document.nodes.map((node) => node.id).sort()).toEqual(
        neighborhood.nodes.map((node) => node.id).sort(),
      );
    });

    it('export refuses a bad id or an empty or malformed period, with a clear message', async () => {
      const unknown = Buffer.from('Person:nobody-of-that-name').toString('base64');
      const cases: [string[], RegExp][] = [
        [
          ['--root', 'not-an-id'],
          /"not-an-id" is not an id returned by this API \(BAD_USER_INPUT\)/,
        ],
        [['--root', unknown], /No node with id .* \(NOT_FOUND\)/],
        [
          ['--from', '2025-12-31', '--to', '2025-01-01'],
          /the period is empty: 2025-12-31 is after 2025-01-01/,
        ],
        [
          ['--from', '2025-02-30', '--to', '2025-03-01'],
          /--from: "2025-02-30" is not a calendar date/,
        ],
        [['--root', 'x', '--from', '2025-01-01', '--to', '2025-02-01'], /either --root or --from/],
      ];
      for (const [args, message] of cases) {
        const result = await runScript('export', ['--format', 'graphml', ...args], clientEnv());
        expect(result.code, args.join(' ')).toBe(1);
        expect(result.stderr).toMatch(message);
        expect(result.stdout).toBe('');
      }
    });
  });
});
