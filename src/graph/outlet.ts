import type { OutletRecord } from './records.js';
import type { QueryRunner } from './runner.js';

export async function outletsByIds(
  runner: QueryRunner,
  ids: readonly string[],
): Promise<OutletRecord[]> {
  return (await runner.read('outlet/by-ids', { ids })).map((row) => row.outlet as OutletRecord);
}
