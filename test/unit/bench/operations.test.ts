import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../../bench/operations/index.js';
import { allowStatementsUnder, cypher } from '../../../src/graph/cypher.js';
import { projectRoot } from '../../../src/project-root.js';

const parameters = {
  personId: 'person:a',
  otherPersonId: 'person:b',
  countryId: 'country:TM',
  searchText: 'Sanktionen',
};

describe('bench operations', () => {
  it('are one folder each, all listed once', () => {
    const folders = readdirSync(join(projectRoot, 'bench', 'operations'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders).toHaveLength(OPERATIONS.length);
    expect(new Set(OPERATIONS.map((operation) => operation.name)).size).toBe(OPERATIONS.length);
  });

  it("send documents this server's schema accepts, and floor statements that exist", () => {
    const schema = buildSchema(readFileSync(join(projectRoot, 'schema', 'schema.graphql'), 'utf8'));
    allowStatementsUnder('bench');
    for (const operation of OPERATIONS) {
      const { query } = operation.graphql(parameters);
      expect(validate(schema, parse(query)), operation.name).toEqual([]);
      expect(() => parse(operation.neo4jGraphql(parameters).query), operation.name).not.toThrow();
      expect(cypher(operation.floor(parameters).statement), operation.name).toMatch(/RETURN/);
    }
  });
});
