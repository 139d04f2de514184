import { afterAll, beforeAll } from 'vitest';
import { allowStatementsUnder } from '../../src/graph/cypher.js';
import { closeTestDriver, emptyGraph } from './graph.js';

// The tests' own statements (test/cypher/) are readable by name in integration tests.
allowStatementsUnder('test');

// Every integration test file starts from an empty graph (with the schema applied).
beforeAll(emptyGraph);
afterAll(closeTestDriver);
