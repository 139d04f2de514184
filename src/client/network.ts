import {
  ExportMeetingsDocument,
  ExportNeighborhoodDocument,
  ExportNodesDocument,
  type ExportNodesQuery,
} from './generated/operations.js';
import { type GraphQLClient, GraphQLRequestError, withinCost } from './graphql-client.js';
import { allNodes, PAGE_SIZE } from './paging.js';

// A subgraph read through the API, in the shape graph tools want: nodes with a kind, a label and
// flat attributes, and typed directed edges. Written out by graphml.ts and node-link.ts.

export type AttributeValue = string | number | boolean;

export interface NetworkNode {
  id: string;
  kind: string;
  label: string;
  attributes: Record<string, AttributeValue>;
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: string;
}

export interface Network {
  /** What was asked for, kept as graph attributes (e.g. root and depth, or the period). */
  description: Record<string, AttributeValue>;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** True when the server capped the neighbourhood at its limit. */
  truncated: boolean;
}

/** Leaves out null and empty values, so that a file has no attribute it cannot type. */
function present(
  entries: Record<string, AttributeValue | null | undefined>,
): Record<string, AttributeValue> {
  return Object.fromEntries(
    Object.entries(entries).filter(
      (entry): entry is [string, AttributeValue] => entry[1] !== null && entry[1] !== undefined,
    ),
  );
}

// Several evidence sentences in one attribute: GraphML and most tools keep scalar values only.
const joinEvidence = (evidence: readonly string[]) =>
  evidence.length > 0 ? evidence.join('\n') : null;

type NeighborhoodNode = NonNullable<ExportNodesQuery['nodes'][number]>;

function neighbourhoodNode(node: NeighborhoodNode): NetworkNode {
  const kind = node.__typename;
  switch (node.__typename) {
    case 'Person':
      return {
        id: node.id,
        kind,
        label: node.name,
        attributes: present({
          role: node.role,
          status: node.status,
          country: node.country?.isoCode,
          wikidataId: node.wikidataId,
        }),
      };
    case 'Country':
      return {
        id: node.id,
        kind,
        label: node.name,
        attributes: present({ isoCode: node.isoCode, wikidataId: node.wikidataId }),
      };
    case 'City':
      return {
        id: node.id,
        kind,
        label: node.name,
        attributes: present({
          latitude: node.latitude,
          longitude: node.longitude,
          wikidataId: node.wikidataId,
        }),
      };
    case 'Organization':
    case 'Region':
      return {
        id: node.id,
        kind,
        label: node.name,
        attributes: present({ wikidataId: node.wikidataId }),
      };
    case 'Article':
      return {
        id: node.id,
        kind,
        label: node.title,
        attributes: present({ publishedAt: node.publishedAt, url: node.url }),
      };
    case 'Meeting':
      return {
        id: node.id,
        kind,
        label: `${node.kind} ${node.date ?? 'undated'}`,
        attributes: present({
          date: node.date,
          status: node.meetingStatus,
          meetingKind: node.kind,
          evidence: joinEvidence(node.evidence),
        }),
      };
    case 'Outlet':
      return { id: node.id, kind, label: node.name, attributes: {} };
    case 'Quote':
      return {
        id: node.id,
        kind,
        label: node.text,
        attributes: present({ direct: node.direct, publishedAt: node.publishedAt }),
      };
    case 'Position':
      return {
        id: node.id,
        kind,
        label: node.title,
        attributes: present({ firstSeen: node.firstSeen, lastSeen: node.lastSeen }),
      };
  }
}

/**
 * The nodes within `depth` hops of `root` and the relationships among them, as the API walks
 * them: the walk first (at most `limit` nodes besides the root, fewer if the cost limit says so),
 * then the nodes' details in batches.
 */
export async function readNeighbourhood(
  client: GraphQLClient,
  root: string,
  depth: number,
  limit = 500,
): Promise<Network> {
  const { neighborhood } = await withinCost(limit, (size) =>
    client.request(ExportNeighborhoodDocument, { id: root, depth, limit: size }),
  );
  const ids = neighborhood.nodes.flatMap((node) => (node ? [node.id] : []));
  const nodes: NetworkNode[] = [];
  let batch = PAGE_SIZE;
  for (let start = 0; start < ids.length; start += batch) {
    const found = await withinCost(batch, async (size) => {
      batch = size;
      return (await client.request(ExportNodesDocument, { ids: ids.slice(start, start + size) }))
        .nodes;
    });
    for (const node of found) if (node) nodes.push(neighbourhoodNode(node));
  }
  const edges = neighborhood.edges.map((edge) => ({
    source: edge.from,
    target: edge.to,
    type: edge.type,
  }));
  return {
    description: { root, depth },
    nodes,
    edges,
    truncated: neighborhood.truncated,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Refuses a period that is not two calendar dates in order, before anything is asked. */
export function checkPeriod(from: string, to: string): void {
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const parsed = new Date(`${value}T00:00:00Z`);
    if (
      !DATE.test(value) ||
      Number.isNaN(parsed.getTime()) ||
      !parsed.toISOString().startsWith(value)
    ) {
      throw new GraphQLRequestError(
        `--${name}: "${value}" is not a calendar date (YYYY-MM-DD)`,
        'BAD_USER_INPUT',
      );
    }
  }
  if (from > to) {
    throw new GraphQLRequestError(`the period is empty: ${from} is after ${to}`, 'BAD_USER_INPUT');
  }
}

/**
 * Every meeting dated within [from, to] (both inclusive), its participants and its place: the
 * period's meeting network. `onProgress` hears after each page how many meetings were read.
 */
export async function readMeetingNetwork(
  client: GraphQLClient,
  from: string,
  to: string,
  onProgress?: (read: number, total: number) => void,
): Promise<Network> {
  checkPeriod(from, to);
  const nodes = new Map<string, NetworkNode>();
  const edges: NetworkEdge[] = [];
  const meetings = allNodes(
    async (after) => (await client.request(ExportMeetingsDocument, { from, to, after })).meetings,
    (read, total) => onProgress?.(read, total ?? read),
  );
  for await (const meeting of meetings) {
    nodes.set(meeting.id, {
      id: meeting.id,
      kind: 'Meeting',
      label: `${meeting.kind} ${meeting.date ?? 'undated'}`,
      attributes: present({
        date: meeting.date,
        status: meeting.status,
        meetingKind: meeting.kind,
        evidence: joinEvidence(meeting.evidence),
      }),
    });
    for (const participant of meeting.participants) {
      if (!nodes.has(participant.id)) {
        nodes.set(participant.id, {
          id: participant.id,
          kind: participant.__typename,
          label: participant.name,
          attributes: present({
            wikidataId: participant.wikidataId,
            ...(participant.__typename === 'Person'
              ? {
                  role: participant.role,
                  status: participant.status,
                  country: participant.country?.isoCode,
                }
              : {}),
            ...(participant.__typename === 'Country' ? { isoCode: participant.isoCode } : {}),
          }),
        });
      }
      edges.push({ source: participant.id, target: meeting.id, type: 'PARTICIPATED_IN' });
    }
    if (meeting.place) {
      const { place } = meeting;
      if (!nodes.has(place.id)) {
        nodes.set(place.id, {
          id: place.id,
          kind: 'City',
          label: place.name,
          attributes: present({ latitude: place.latitude, longitude: place.longitude }),
        });
      }
      edges.push({ source: meeting.id, target: place.id, type: 'HELD_IN' });
    }
  }
  return { description: { from, to }, nodes: [...nodes.values()], edges, truncated: false };
}

export { PAGE_SIZE };
