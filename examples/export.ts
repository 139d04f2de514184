import { toGraphML } from '../src/client/graphml.js';
import { readNeighbourhood } from '../src/client/network.js';
import { toNodeLink } from '../src/client/node-link.js';
import { ExportRootDocument } from './generated/operations.js';
import { client, fail } from './lib.js';

// npm run example -- export "Karol Nawrocki" 2 graphml > nawrocki.graphml
// A neighbourhood as GraphML (Gephi, yEd, NetworkX read_graphml) or node-link JSON (NetworkX,
// Cytoscape). `npm run export` does the same by id and for whole periods.

export async function main([name, depthArg = '1', format = 'graphml']: string[]): Promise<void> {
  const depth = Number(depthArg);
  if (!name || ![1, 2, 3].includes(depth) || !['graphml', 'json'].includes(format)) {
    fail('usage: export "<entity name>" [depth 1-3] [graphml|json]');
  }
  const { entity } = await client.request(ExportRootDocument, { name });
  if (!entity) fail(`export: no entity is called "${name}"`);
  const network = await readNeighbourhood(client, entity.id, depth);
  process.stdout.write(format === 'graphml' ? toGraphML(network) : toNodeLink(network));
  console.error(
    `${network.nodes.length} nodes, ${network.edges.length} edges around ${entity.name}` +
      (network.truncated ? ' (truncated at the server’s limit)' : ''),
  );
}
