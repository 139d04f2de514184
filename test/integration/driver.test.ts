import { describe, expect, it } from 'vitest';
import { testRunner } from '../support/graph.js';

// Records that carry a relation arrive as one Bolt message of many chunks (src/graph/bolt-messages.ts).
describe('the driver', () => {
  it('decodes a record spanning many Bolt chunks intact, multi-byte text included', async () => {
    const count = 6_000;
    const name = 'Łódź–Żółć ';
    const [row] = await testRunner().read('test/cypher/large-record', { count, name });
    const rows = row?.rows as { id: string; name: string; n: number; x: number }[];
    expect(JSON.stringify(rows).length).toBeGreaterThan(200_000);
    expect(rows).toEqual(
      Array.from({ length: count }, (_, index) => ({
        id: `node:${index + 1}`,
        name: `${name}${index + 1}`,
        n: index + 1,
        x: (index + 1) / 4,
      })),
    );
  });
});
