import { QueryRunner, type Row } from '../../src/graph/runner.js';

// The N+1 baseline: the same statements, but a batch of keys is run as one statement per key,
// concurrently, as field resolvers without DataLoader would. Batch statements take their keys as
// $ids; everything else runs as it is.
export class UnbatchedQueryRunner extends QueryRunner {
  override async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const ids = params.ids;
    if (Array.isArray(ids) && ids.length > 1) {
      const parts = await Promise.all(ids.map((id) => super.read(name, { ...params, ids: [id] })));
      return parts.flat();
    }
    return super.read(name, params);
  }
}
