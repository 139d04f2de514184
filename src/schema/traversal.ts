import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import {
  type GraphEdge,
  type GraphNodeRef,
  neighborhood,
  shortestPath,
} from '../graph/traversal.js';
import { builder } from './builder.js';
import { rawId } from './global-ids.js';
import { checkedInt, type Limits } from './limits.js';

const hopsOf = (args: { maxHops?: number | null }, limits: Limits) =>
  checkedInt('maxHops', args.maxHops ?? 4, 1, limits.maxHops);
const depthOf = (args: { depth?: number | null }, limits: Limits) =>
  checkedInt('depth', args.depth ?? 1, 1, limits.maxTraversalDepth);
const neighborsOf = (args: { limit?: number | null }, limits: Limits) =>
  checkedInt('limit', args.limit ?? 50, 1, limits.maxNeighborhood);

// Graph walks for programs and graph views: shortestPath and neighborhood. Nodes come back as
// Node objects (loaded in batches per type); edges name their ends by global id.

const toGlobal = (node: GraphNodeRef) => encodeGlobalID(node.label, node.id);

interface Walk {
  nodes: GraphNodeRef[];
  edges: GraphEdge[];
  labels: Map<string, string>;
}

const Edge = builder.objectRef<{ edge: GraphEdge; labels: Map<string, string> }>('Edge').implement({
  description: 'A relationship between two nodes of a walk.',
  fields: (t) => ({
    from: t.id({
      resolve: ({ edge, labels }) => encodeGlobalID(labels.get(edge.from) ?? 'Node', edge.from),
    }),
    to: t.id({
      resolve: ({ edge, labels }) => encodeGlobalID(labels.get(edge.to) ?? 'Node', edge.to),
    }),
    type: t.string({
      description:
        'MENTIONS, CITIZEN_OF, LOCATED_IN, HELD_IN, IN_COUNTRY, PARTICIPATED_IN, REPORTS or PUBLISHED_BY.',
      resolve: ({ edge }) => edge.type,
    }),
  }),
});

function walk(nodes: GraphNodeRef[], edges: GraphEdge[]): Walk {
  return { nodes, edges, labels: new Map(nodes.map((node) => [node.id, node.label])) };
}

const Path = builder.objectRef<Walk>('Path').implement({
  fields: (t) => ({
    length: t.int({
      description: 'Number of relationships.',
      resolve: (path) => path.edges.length,
    }),
    nodes: t.nodeList({ ids: (path) => path.nodes.map(toGlobal) }),
    edges: t.field({
      type: [Edge],
      resolve: (path) => path.edges.map((edge) => ({ edge, labels: path.labels })),
    }),
  }),
});

const Subgraph = builder.objectRef<Walk & { truncated: boolean }>('Subgraph').implement({
  fields: (t) => ({
    nodes: t.nodeList({ ids: (graph) => graph.nodes.map(toGlobal) }),
    edges: t.field({
      type: [Edge],
      resolve: (graph) => graph.edges.map((edge) => ({ edge, labels: graph.labels })),
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when more nodes were within reach than `limit`.',
    }),
  }),
});

builder.queryFields((t) => ({
  shortestPath: t.field({
    type: Path,
    nullable: true,
    description: 'The shortest path between two nodes, or null when none is within maxHops.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 4, description: 'At most 6 (MAX_HOPS).' }),
    },
    // A path lists at most maxHops + 1 nodes; checking here rejects bad values before any Cypher.
    complexity: (args, context) => ({ field: 1, multiplier: hopsOf(args, context.limits) + 1 }),
    resolve: async (_root, args, context) => {
      const maxHops = hopsOf(args, context.limits);
      const found = await shortestPath(
        context.runner,
        rawId(String(args.from), 'from'),
        rawId(String(args.to), 'to'),
        maxHops,
      );
      return found ? walk(found.nodes, found.edges) : null;
    },
  }),
  neighborhood: t.field({
    type: Subgraph,
    description:
      'The nodes within `depth` hops of a node, nearest first, and the relationships among them.',
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: 'At most 3 (MAX_TRAVERSAL_DEPTH).' }),
      limit: t.arg.int({
        defaultValue: 50,
        description: 'Nodes besides the start, at most 500 (MAX_NEIGHBORHOOD).',
      }),
    },
    complexity: (args, context) => {
      depthOf(args, context.limits);
      return { field: 1, multiplier: neighborsOf(args, context.limits) };
    },
    resolve: async (_root, args, context) => {
      const depth = depthOf(args, context.limits);
      const limit = neighborsOf(args, context.limits);
      const id = rawId(String(args.id), 'id');
      const found = await neighborhood(context.runner, id, depth, limit);
      if (!found) {
        throw new GraphQLError(`No node with id ${String(args.id)}`, {
          extensions: { code: 'NOT_FOUND', argument: 'id' },
        });
      }
      return { ...walk(found.nodes, found.edges), truncated: found.truncated };
    },
  }),
}));
