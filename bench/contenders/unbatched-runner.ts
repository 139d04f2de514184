import { QueryRunner, type Row } from '../../src/graph/runner.js';

// The N+1 baseline: the same statements, but a batch of keys is run as one statement per key,
// concurrently, as field resolvers without DataLoader would. Batch statements take their keys as
// $ids or $requests; everything else runs as it is.
export class UnbatchedQueryRunner extends QueryRunner {
  override async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    for (const key of ['ids', 'requests'] as const) {
      const keys = params[key];
      if (Array.isArray(keys) && keys.length > 1) {
        const parts = await Promise.all(
          keys.map((one) => super.read(name, { ...params, [key]: [one] })),
        );
        return parts.flat();
      }
    }
    return super.read(name, params);
  }
}
