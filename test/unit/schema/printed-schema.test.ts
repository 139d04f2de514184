import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/project-root.js';
import { printedSchema } from '../../../src/schema/print.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (regenerate with `npm run print-schema`)', () => {
    const committed = readFileSync(join(projectRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(committed, 'schema/schema.graphql is stale: run `npm run print-schema`').toBe(
      printedSchema(),
    );
  });
});
