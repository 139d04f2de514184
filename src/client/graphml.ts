import type { AttributeValue, Network } from './network.js';

// GraphML (http://graphml.graphdrawing.org/) as Gephi, yEd, Cytoscape and NetworkX's read_graphml
// read it: every attribute declared once as a <key> with its type, nodes and edges with <data>.

// Characters XML 1.0 does not allow, even escaped: control characters but tab and newlines.
const allowedInXml = (char: string) => {
  const code = char.charCodeAt(0);
  return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code < 0xfffe;
};

const escapeXml = (text: string) =>
  [...text]
    .filter(allowedInXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function typeOf(value: AttributeValue): 'string' | 'double' | 'boolean' {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: 'string' | 'double' | 'boolean';
}

/** One key per attribute name; a name seen with two types falls back to string. */
function keysOf(
  domain: 'node' | 'edge' | 'graph',
  records: Iterable<Record<string, AttributeValue>>,
): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type = typeOf(value);
      const known = keys.get(name);
      if (!known) keys.set(name, { id: `${domain[0]}_${name}`, name, type });
      else if (known.type !== type) known.type = 'string';
    }
  }
  return keys;
}

function data(keys: Map<string, Key>, record: Record<string, AttributeValue>, indent: string) {
  return Object.entries(record).map(
    ([name, value]) =>
      `${indent}<data key="${escapeXml(keys.get(name)?.id ?? name)}">${escapeXml(String(value))}</data>`,
  );
}

export function toGraphML(network: Network): string {
  const nodeRecords = network.nodes.map((node) => ({
    kind: node.kind,
    label: node.label,
    ...node.attributes,
  }));
  const edgeRecords = network.edges.map((edge) => ({ type: edge.type }));
  const graphRecord = { ...network.description, truncated: network.truncated };
  const nodeKeys = keysOf('node', nodeRecords);
  const edgeKeys = keysOf('edge', edgeRecords);
  const graphKeys = keysOf('graph', [graphRecord]);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [domain, keys] of [
    ['graph', graphKeys],
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const key of keys.values()) {
      lines.push(
        `  <key id="${escapeXml(key.id)}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
      );
    }
  }
  lines.push('  <graph id="G" edgedefault="directed">');
  lines.push(...data(graphKeys, graphRecord, '    '));
  network.nodes.forEach((node, index) => {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(...data(nodeKeys, nodeRecords[index] ?? {}, '      '));
    lines.push('    </node>');
  });
  network.edges.forEach((edge, index) => {
    lines.push(
      `    <edge id="e${index}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
    );
    lines.push(...data(edgeKeys, edgeRecords[index] ?? {}, '      '));
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
