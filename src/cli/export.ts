import { writeFileSync } from 'node:fs';
import { GraphQLClient, GraphQLRequestError } from '../client/graphql-client.js';
import { toGraphML } from '../client/graphml.js';
import {
  type Network,
  PAGE_SIZE,
  readMeetingNetwork,
  readNeighbourhood,
} from '../client/network.js';
import { toNodeLink } from '../client/node-link.js';
import { ConfigError, loadConfig } from '../config.js';

// npm run export -- --format graphml|json (--root ID --depth N | --from D --to D) [--out FILE]
// A neighbourhood or a period's meeting network, read from the server at GRAPHQL_URL, written as
// GraphML or node-link JSON for Gephi, yEd, NetworkX or Cytoscape.

const USAGE =
  'usage: npm run export -- --format graphml|json (--root ID [--depth 1-3] | --from YYYY-MM-DD --to YYYY-MM-DD) [--out FILE]';

class UsageError extends Error {}

interface Arguments {
  format: 'graphml' | 'json';
  root?: string;
  depth: number;
  from?: string;
  to?: string;
  out?: string;
}

function parseArguments(argv: string[]): Arguments {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i] as string;
    if (!['--format', '--root', '--depth', '--from', '--to', '--out'].includes(option)) {
      throw new UsageError(`unknown argument ${option}`);
    }
    const value = argv[++i];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${option} needs a value`);
    values.set(option.slice(2), value);
  }
  const format = values.get('format');
  if (format !== 'graphml' && format !== 'json') {
    throw new UsageError('--format must be graphml or json');
  }
  const root = values.get('root');
  const from = values.get('from');
  const to = values.get('to');
  if (root !== undefined && (from !== undefined || to !== undefined)) {
    throw new UsageError('give either --root or --from and --to, not both');
  }
  if (root === undefined && (from === undefined || to === undefined)) {
    throw new UsageError('give --root ID, or --from and --to');
  }
  const depth = Number(values.get('depth') ?? '1');
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) {
    throw new UsageError(`--depth must be 1, 2 or 3, got ${values.get('depth')}`);
  }
  return { format, root, depth, from, to, out: values.get('out') };
}

/** One progress line on stderr, rewritten in place on a terminal, once per page otherwise. */
function progress(read: number, total: number): void {
  if (total <= PAGE_SIZE) return;
  const line = `meetings read: ${read}/${total}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${read >= total ? '\n' : ''}`);
  else process.stderr.write(`${line}\n`);
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const config = loadConfig();
  const client = new GraphQLClient({ url: config.GRAPHQL_URL, token: config.GRAPHQL_TOKEN });
  const started = Date.now();
  const network: Network =
    args.root !== undefined
      ? await readNeighbourhood(client, args.root, args.depth)
      : await readMeetingNetwork(client, args.from as string, args.to as string, progress);
  const text = args.format === 'graphml' ? toGraphML(network) : toNodeLink(network);
  if (args.out) writeFileSync(args.out, text);
  else process.stdout.write(text);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.error(
    `exported ${network.nodes.length} nodes and ${network.edges.length} edges as ${args.format}` +
      `${args.out ? ` to ${args.out}` : ''} in ${seconds} s` +
      (network.truncated ? ' (truncated at the server’s neighbourhood limit)' : ''),
  );
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`export: ${error.message}\n${USAGE}`);
  else if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof GraphQLRequestError) {
    console.error(`export: ${error.message}${error.code ? ` (${error.code})` : ''}`);
  } else console.error(error);
  process.exit(1);
});
