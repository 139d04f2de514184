import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { useMemo, useState } from 'preact/hooks';
import { NeighborhoodDocument, type NeighborhoodQuery } from '../generated/operations';
import { useOperation } from '../hooks';
import { entityHref, isEntity, KIND_LABEL, Show } from '../ui';

type Subgraph = NeighborhoodQuery['neighborhood'];
type GraphNode = NonNullable<Subgraph['nodes'][number]>;

interface Placed extends SimulationNodeDatum {
  id: string;
  kind: string;
  label: string;
  start: boolean;
}

function labelOf(node: GraphNode): string {
  if ('name' in node) return node.name;
  if ('title' in node) return node.title;
  if (node.__typename === 'Meeting')
    return `${node.kind.toLowerCase()} ${node.date ?? ''}${node.place ? ` in ${node.place.name}` : ''}`;
  // The neighbourhood walks entities, articles and meetings; any other node by its kind.
  return node.__typename;
}

/** A static force layout: run to rest once, then drawn, so the picture does not wobble. */
function layout(subgraph: Subgraph, startId: string) {
  const nodes: Placed[] = subgraph.nodes
    .filter((n): n is GraphNode => n !== null)
    .map((n) => ({ id: n.id, kind: n.__typename, label: labelOf(n), start: n.id === startId }));
  const known = new Set(nodes.map((n) => n.id));
  const links = subgraph.edges
    .filter((e) => known.has(e.from) && known.has(e.to))
    .map((e) => ({ source: e.from, target: e.to, type: e.type }));
  const start = nodes.find((n) => n.start);
  if (start) {
    start.fx = 0;
    start.fy = 0;
  }
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<Placed, { source: string | Placed; target: string | Placed; type: string }>(links)
        .id((n) => n.id)
        .distance(70),
    )
    .force('charge', forceManyBody().strength(-160))
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.04))
    .force('collide', forceCollide(16))
    .stop();
  simulation.tick(300);
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  // A few nodes would otherwise be drawn huge: the box is at least 640 × 400 around them.
  const pad = 80;
  const w = Math.max(640, Math.max(...xs) - Math.min(...xs) + 2 * pad);
  const h = Math.max(400, Math.max(...ys) - Math.min(...ys) + 2 * pad);
  const box = {
    x: (Math.max(...xs) + Math.min(...xs)) / 2 - w / 2,
    y: (Math.max(...ys) + Math.min(...ys)) / 2 - h / 2,
    w,
    h,
  };
  return {
    nodes,
    links: links as unknown as { source: Placed; target: Placed; type: string }[],
    box,
  };
}

export function GraphView({ id }: { id: string }) {
  const [depth, setDepth] = useState(1);
  const [limit, setLimit] = useState(60);
  const neighborhood = useOperation(NeighborhoodDocument, { id, depth, limit });
  return (
    <section class="card graph-view" aria-labelledby="graph-title">
      <div class="section-head">
        <h2 id="graph-title">Neighbourhood</h2>
        <label>
          Hops{' '}
          <select value={depth} onChange={(e) => setDepth(Number(e.currentTarget.value))}>
            <option value="1">1</option>
            <option value="2">2</option>
            <option value="3">3</option>
          </select>
        </label>
        <label>
          Nodes at most{' '}
          <select value={limit} onChange={(e) => setLimit(Number(e.currentTarget.value))}>
            <option value="30">30</option>
            <option value="60">60</option>
            <option value="150">150</option>
          </select>
        </label>
      </div>
      <Show loaded={neighborhood} what="the neighbourhood">
        {(data) => <Drawing subgraph={data.neighborhood} startId={id} />}
      </Show>
    </section>
  );
}

const KINDS = ['Person', 'Country', 'City', 'Organization', 'Article', 'Meeting', 'Outlet'];

function Drawing({ subgraph, startId }: { subgraph: Subgraph; startId: string }) {
  const { nodes, links, box } = useMemo(() => layout(subgraph, startId), [subgraph, startId]);
  if (nodes.length === 0)
    return (
      <p class="message error" role="alert">
        Nothing in the graph has the id “{startId}”.
      </p>
    );
  return (
    <>
      <p class="count">
        {nodes.length} nodes, {links.length} relationships
        {subgraph.truncated
          ? ' — more were within reach than shown (capped like the API caps it)'
          : ''}
        . Entities open their view; other nodes centre the graph on themselves.
      </p>
      <ul class="legend" aria-label="Node kinds">
        {KINDS.filter((k) => nodes.some((n) => n.kind === k)).map((k) => (
          <li key={k}>
            <svg width="12" height="12" aria-hidden="true">
              <circle class={`node kind-${k}`} cx="6" cy="6" r="5" />
            </svg>{' '}
            {KIND_LABEL[k]}
          </li>
        ))}
      </ul>
      <svg
        class="graph"
        viewBox={`${box.x} ${box.y} ${box.w} ${box.h}`}
        aria-label="Neighbourhood graph"
      >
        <g class="links">
          {links.map((l) => (
            <line
              key={`${l.source.id}-${l.target.id}-${l.type}`}
              x1={l.source.x}
              y1={l.source.y}
              x2={l.target.x}
              y2={l.target.y}
            >
              <title>{l.type}</title>
            </line>
          ))}
        </g>
        <g class="nodes">
          {nodes.map((n) => (
            <a
              key={n.id}
              href={isEntity(n.kind) ? entityHref(n.id) : `#/graph/${encodeURIComponent(n.id)}`}
              aria-label={`${KIND_LABEL[n.kind] ?? n.kind}: ${n.label}`}
            >
              <circle
                class={`node kind-${n.kind}${n.start ? ' start' : ''}`}
                cx={n.x}
                cy={n.y}
                r={n.start ? 12 : isEntity(n.kind) ? 8 : 6}
              />
              {isEntity(n.kind) || n.start ? (
                <text x={(n.x ?? 0) + 11} y={n.y} dy="0.32em">
                  {n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label}
                </text>
              ) : null}
              <title>
                {KIND_LABEL[n.kind]}: {n.label}
              </title>
            </a>
          ))}
        </g>
      </svg>
    </>
  );
}
