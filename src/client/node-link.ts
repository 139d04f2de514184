import type { Network } from './network.js';

// Node-link JSON as NetworkX writes it (node_link_data: directed, multigraph, graph, nodes,
// links), which NetworkX's node_link_graph and d3/Cytoscape loaders read.

export function toNodeLink(network: Network): string {
  const document = {
    directed: true,
    multigraph: true,
    graph: { ...network.description, truncated: network.truncated },
    nodes: network.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      label: node.label,
      ...node.attributes,
    })),
    links: network.edges.map((edge, index) => ({
      source: edge.source,
      target: edge.target,
      key: index,
      type: edge.type,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
