import { parse } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useCompiledQueries } from '../../../src/server/compiled-queries.js';

// Which engine ran a resolver shows in its stack: graphql-jit's compiled code or graphql-js.
const engine = () =>
  (new Error().stack ?? '').includes('graphql-jit') ? 'compiled' : 'interpreted';

const schema = () =>
  createSchema({
    typeDefs: /* GraphQL */ `
      type Query {
        engine(times: Int): String
      }
      type Mutation {
        engine: String
      }
    `,
    resolvers: { Query: { engine }, Mutation: { engine } },
  });

const yoga = createYoga({ schema: schema(), plugins: [useCompiledQueries()], logging: false });

// As the response cache does: a later plugin executes a document of its own through the earlier.
const renamed = parse('{ renamed: engine }');
const renamesEveryField: Plugin = {
  onExecute({ executeFn, setExecuteFn }) {
    setExecuteFn((args) => executeFn({ ...args, document: renamed }));
  },
};
const withRenaming = createYoga({
  schema: schema(),
  plugins: [useCompiledQueries(), renamesEveryField],
  logging: false,
});

async function run(
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
  server = yoga,
) {
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
}

describe('compiled queries', () => {
  it('interprets a query the first time, and runs it compiled when it comes again', async () => {
    expect(await run('{ engine }')).toEqual({ data: { engine: 'interpreted' } });
    expect(await run('{ engine }')).toEqual({ data: { engine: 'compiled' } });
    expect(await run('{ engine }')).toEqual({ data: { engine: 'compiled' } });
  });

  it('leaves mutations to the interpreter', async () => {
    expect(await run('mutation { engine }')).toEqual({ data: { engine: 'interpreted' } });
  });

  it('runs the operation named, of a document with several', async () => {
    const document = 'query A { a: engine } query B { b: engine }';
    for (const round of ['interpreted', 'compiled']) {
      expect(await run(document, {}, 'A')).toEqual({ data: { a: round } });
      expect(await run(document, {}, 'B')).toEqual({ data: { b: round } });
    }
  });

  it("answers wrong variables with graphql-js's own error", async () => {
    const query = 'query ($times: Int) { engine(times: $times) }';
    expect(await run(query, { times: 1 })).toEqual({ data: { engine: 'interpreted' } });
    expect(await run(query, { times: 2 })).toEqual({ data: { engine: 'compiled' } });
    const result = await run(query, { times: 'ten' });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toBe(
      'Variable "$times" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
    );
  });

  it('runs the document a later plugin executes, not the one it was given', async () => {
    for (const round of ['interpreted', 'compiled']) {
      expect(await run('{ engine }', {}, undefined, withRenaming)).toEqual({
        data: { renamed: round },
      });
    }
  });
});
