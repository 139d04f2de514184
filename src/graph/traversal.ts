import type { QueryRunner } from './runner.js';

// Graph walks: shortest path and neighbourhood, each one statement.

export interface GraphNodeRef {
  id: string;
  label: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  type: string;
}

export async function shortestPath(
  runner: QueryRunner,
  from: string,
  to: string,
  maxHops: number,
): Promise<{ nodes: GraphNodeRef[]; edges: GraphEdge[] } | null> {
  const [row] = await runner.read('traversal/shortest-path', { from, to, maxHops });
  return row ? { nodes: row.nodes as GraphNodeRef[], edges: row.edges as GraphEdge[] } : null;
}

export async function neighborhood(
  runner: QueryRunner,
  id: string,
  depth: number,
  limit: number,
): Promise<{ nodes: GraphNodeRef[]; edges: GraphEdge[]; truncated: boolean } | null> {
  const [row] = await runner.read('traversal/neighborhood', { id, depth, limit });
  if (!row) return null;
  return {
    nodes: row.nodes as GraphNodeRef[],
    edges: row.edges as GraphEdge[],
    truncated: row.truncated === true,
  };
}
