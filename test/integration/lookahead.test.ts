import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchParameters, OPERATIONS } from '../../bench/operations/index.js';
import { seedGraph } from '../../src/loading/seed.js';
import { projectRoot } from '../../src/project-root.js';
import type { GraphServer } from '../../src/server/graph-server.js';
import { testRunner } from '../support/graph.js';
import { type GraphQLResponse, startTestServer } from '../support/server.js';

// Look-ahead changes which statements run, never an answer: every example and benchmark operation
// answers the same with LOOKAHEAD on and off, and compiled (GRAPHQL_JIT, the default) the same as
// interpreted, with the same statements. And the statements a document runs (names and count, from
// the public extensions.cypher) are asserted for a set of documents, both ways.

// Responses are compared whole, so nothing reads into them.
type Data = unknown;
interface CypherReport {
  statements: number;
  names: string[];
}

let on: GraphServer;
let off: GraphServer;
let interpreted: GraphServer;

beforeAll(async () => {
  await seedGraph(testRunner(), () => {});
  [on, off, interpreted] = await Promise.all([
    startTestServer(),
    startTestServer({ LOOKAHEAD: 'off' }),
    startTestServer({ GRAPHQL_JIT: 'off' }),
  ]);
});
afterAll(async () => {
  await Promise.all([on?.close(), off?.close(), interpreted?.close()]);
});

async function respond(
  server: GraphServer,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-debug-cypher': '1' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<Data> };
}

async function ask(
  server: GraphServer,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
) {
  const { body } = await respond(server, query, variables, operationName);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { data: body.data, cypher: body.extensions?.cypher as CypherReport };
}

const sorted = (names: string[]) => [...names].sort();

/**
 * Asks with look-ahead and without, and interpreted: the answers must be equal. The look-ahead
 * server is asked twice, as a query is compiled when it comes again; the second answer counts.
 */
async function bothWays(
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
) {
  await ask(on, query, variables, operationName);
  const [withLookahead, without, byInterpreter] = await Promise.all([
    ask(on, query, variables, operationName),
    ask(off, query, variables, operationName),
    ask(interpreted, query, variables, operationName),
  ]);
  expect(withLookahead.data).toEqual(without.data);
  expect(byInterpreter.data).toEqual(withLookahead.data);
  expect(sorted(byInterpreter.cypher.names)).toEqual(sorted(withLookahead.cypher.names));
  return { on: withLookahead.cypher, off: without.cypher };
}

const examplesDir = join(projectRoot, 'schema', 'examples');
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.graphql'))
  .flatMap((file) => {
    const source = readFileSync(join(examplesDir, file), 'utf8');
    return parse(source)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
      .map((operation) => ({ name: operation.name?.value ?? '', source }));
  });

describe('answers are the same with look-ahead on and off', () => {
  it('has example operations to compare', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  for (const example of examples) {
    it(`example ${example.name}`, async () => {
      const plans = await bothWays(example.source, {}, example.name);
      expect(plans.on.statements).toBeLessThanOrEqual(plans.off.statements);
    });
  }

  const parameters: BenchParameters = {
    personId: 'person:wladimir-putin',
    otherPersonId: 'person:dmitri-peskow',
    countryId: 'country:RU',
    searchText: 'Istanbul',
  };
  for (const operation of OPERATIONS) {
    it(`benchmark operation ${operation.name}, in at most ${operation.depth} statements`, async () => {
      const request = operation.graphql(parameters);
      const plans = await bothWays(request.query, request.variables);
      expect(plans.on.statements).toBeLessThanOrEqual(operation.depth);
      expect(plans.on.statements).toBeLessThanOrEqual(plans.off.statements);
    });
  }
});

describe('compiled queries fail as interpreted ones do', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['an id of no node', 'query ($id: ID!) { node(id: $id) { id } }', { id: 'bm90LWFuLWlk' }],
    [
      'a variable of the wrong type',
      'query ($first: Int) { articles(first: $first) { totalCount } }',
      { first: 'ten' },
    ],
    ['a missing required variable', 'query ($id: ID!) { node(id: $id) { id } }', {}],
    ['a page too large', '{ articles(first: 100000) { totalCount } }', {}],
  ];
  for (const [what, query, variables] of cases) {
    it(what, async () => {
      await respond(on, query, variables);
      const [compiled, byInterpreter] = await Promise.all([
        respond(on, query, variables),
        respond(interpreted, query, variables),
      ]);
      expect(compiled.body.errors?.length).toBeGreaterThan(0);
      expect(compiled.status).toBe(byInterpreter.status);
      const shape = (errors: GraphQLResponse<Data>['errors']) =>
        errors?.map((error) => ({
          message: error.message,
          path: (error as { path?: unknown }).path,
          code: (error.extensions as { code?: string } | undefined)?.code,
        }));
      expect(shape(compiled.body.errors)).toEqual(shape(byInterpreter.body.errors));
      expect(compiled.body.data ?? null).toEqual(byInterpreter.body.data ?? null);
    });
  }
});

describe('the statements a document runs', () => {
  const person = encodeGlobalID('Person', 'person:wladimir-putin');
  const russia = encodeGlobalID('Country', 'country:RU');

  /** The document runs `withLookahead` with look-ahead, `without` without (names in any order). */
  async function expectPlans(
    query: string,
    variables: Record<string, unknown>,
    withLookahead: string[],
    without: string[],
  ) {
    const plans = await bothWays(query, variables);
    expect(sorted(plans.on.names)).toEqual(sorted(withLookahead));
    expect(plans.on.statements).toBe(withLookahead.length);
    expect(sorted(plans.off.names)).toEqual(sorted(without));
    expect(plans.off.statements).toBe(without.length);
  }

  it("carries a list's entities in the list's statement", async () => {
    await expectPlans(
      '{ articles(first: 3, orderBy: {direction: DESC}) { edges { node { title entities { name } } } } }',
      {},
      ['article/page-desc'],
      ['article/page-desc', 'article/entities'],
    );
  });

  it('carries the lists of one kind together in one slot, each answering its own kind', async () => {
    const plans = await bothWays(
      '{ articles(first: 5) { edges { node { title people { name } organizations { name } ents: entities(kind: CITY) { __typename name } } } } }',
    );
    expect(plans.on.names).toEqual(['article/page']);
    expect(sorted(plans.off.names)).toEqual([
      'article/entities',
      'article/entities',
      'article/entities',
      'article/page',
    ]);
  });

  it("carries a person's page of articles in node(id)'s statement, and with them the articles' people", async () => {
    await expectPlans(
      'query($id: ID!) { node(id: $id) { ... on Person { articles(first: 20) { edges { node { title people { name } } } } } } }',
      { id: person },
      ['entity/by-ids'],
      ['entity/by-ids', 'entity/articles-page', 'article/entities'],
    );
  });

  it("carries a country's meetings, their participants and reports in node(id)'s statement", async () => {
    await expectPlans(
      'query($id: ID!) { node(id: $id) { ... on Country { meetings { date participants { name } reportedBy(first: 5) { totalCount edges { node { title } } } } } } }',
      { id: russia },
      ['entity/by-ids'],
      ['entity/by-ids', 'entity/meetings', 'entity/by-ids', 'meeting/reported-by-page'],
    );
  });

  it("carries two levels from an entity, and an article's entities carry nothing: their pages batch by entity", async () => {
    await expectPlans(
      'query($id: ID!) { node(id: $id) { ... on Person { articles(first: 10) { edges { node { title entities { name articles(first: 5) { edges { node { title } } } } } } } } } }',
      { id: person },
      ['entity/by-ids', 'entity/articles-page'],
      ['entity/by-ids', 'entity/articles-page', 'article/entities', 'entity/articles-page'],
    );
  });

  it("leaves a city's meetings (those held there) to their own statement, and a meeting's participants' pages too", async () => {
    await expectPlans(
      'query($id: ID!) { node(id: $id) { ... on City { meetings { date participants { name articles(first: 2) { edges { node { title } } } } } } } }',
      { id: encodeGlobalID('City', 'city:istanbul') },
      ['entity/by-ids', 'city/meetings', 'entity/articles-page'],
      ['entity/by-ids', 'city/meetings', 'entity/by-ids', 'entity/articles-page'],
    );
  });

  it('reads node(id) fields of one type that select alike in one statement, each answering its own page', async () => {
    const page = '{ articles(first: 2) { edges { node { title } } } }';
    const query = `query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Person ${page} } b: node(id: $b) { ... on Country ${page} } c: node(id: $a) { ... on Person ${page} } }`;
    const variables = { a: person, b: russia };
    await expectPlans(
      query,
      variables,
      ['entity/by-ids', 'entity/by-ids'],
      [
        'entity/by-ids',
        'entity/by-ids',
        'entity/articles-page',
        'entity/articles-page',
        'entity/articles-page',
      ],
    );
    const answer = (await ask(on, query, variables)).data as Record<
      string,
      { articles: { edges: unknown[] } }
    >;
    expect(answer.a?.articles.edges.length).toBeGreaterThan(0);
    expect(answer.b?.articles.edges.length).toBeGreaterThan(0);
    expect(answer.c).toEqual(answer.a);
  });

  it('gives a slot to one page only: a second page of the same relation with other arguments batches', async () => {
    await expectPlans(
      '{ meetings { edges { node { a: reportedBy(first: 1) { edges { node { title } } } b: reportedBy(first: 2) { edges { node { title } } } } } } }',
      {},
      ['meeting/page', 'meeting/reported-by-page'],
      ['meeting/page', 'meeting/reported-by-page', 'meeting/reported-by-page'],
    );
  });

  it("reads a carried relation's records with the parts its own selection needs, and nothing it does not name", async () => {
    await expectPlans(
      '{ entity(name: "Putins") { articles(first: 5) { edges { cursor node { lead language } } } } }',
      {},
      ['entity/by-name'],
      ['entity/by-name', 'entity/articles-page'],
    );
    // Carried participants read the details their selection names; a node loader's light records need a fallback.
    await expectPlans(
      '{ meetings { edges { node { date participants { name ... on Country { isoCode } } } } } }',
      {},
      ['meeting/page'],
      ['meeting/page', 'entity/by-ids', 'entity/details'],
    );
  });
});
