import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root.js';
import { printedSchema } from '../schema/print.js';

// npm run print-schema: rewrites schema/schema.graphql from the code (a test keeps them in sync).
const target = join(projectRoot, 'schema', 'schema.graphql');
writeFileSync(target, printedSchema());
console.log(`wrote ${target}`);
