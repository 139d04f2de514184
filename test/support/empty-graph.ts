import { afterAll, beforeAll } from 'vitest';
import { closeTestDriver, emptyGraph } from './graph.js';

// Every integration test file starts from an empty graph (with the schema applied).
beforeAll(emptyGraph);
afterAll(closeTestDriver);
