import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../src/project-root.js';
import type { BenchParameters, Contender, Operation } from './types.js';

// An operation is a folder of bench/operations: query.graphql (this server), peer.graphql
// (@neo4j/graphql), floor.cypher (the floor) and operation.ts, which names it, gives each
// document its variables and normalises the answers. An operation whose floor is a production
// statement names it instead of carrying a floor.cypher.

type Variables = (p: BenchParameters) => Record<string, unknown>;

export interface OperationSpec {
  name: string;
  description: string;
  depth: number;
  variables?: Variables;
  peerVariables?: Variables;
  floorParams?: Variables;
  /** A statement of cypher/ to use as the floor, when the production statement is the floor. */
  floorStatement?: string;
  answer(contender: Contender, data: unknown): unknown;
}

const none: Variables = () => ({});

/** Builds the Operation of the folder `moduleUrl` (an operation.ts's import.meta.url) lives in. */
export function defineOperation(moduleUrl: string, spec: OperationSpec): Operation {
  const folder = dirname(fileURLToPath(moduleUrl));
  const read = (file: string) => readFileSync(join(folder, file), 'utf8').trim();
  const query = read('query.graphql');
  const peerQuery = read('peer.graphql');
  const statement =
    spec.floorStatement ?? relative(projectRoot, join(folder, 'floor')).split('\\').join('/');
  const { variables = none, peerVariables = variables, floorParams = none } = spec;
  if (!spec.floorStatement) read('floor.cypher'); // fail at load, not mid-run
  return {
    name: spec.name,
    description: spec.description,
    depth: spec.depth,
    graphql: (p) => ({ query, variables: variables(p) }),
    neo4jGraphql: (p) => ({ query: peerQuery, variables: peerVariables(p) }),
    floor: (p) => ({ statement, params: floorParams(p) }),
    answer: spec.answer,
  };
}
