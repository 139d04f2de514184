import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

// Prometheus metrics served at /metrics. Each server owns its registry (tests run several servers
// in one process); process metrics (memory, event loop lag, GC) are included.

export class ServerMetrics {
  readonly registry = new Registry();

  readonly requests = new Histogram({
    name: 'newsgraph_http_request_duration_seconds',
    help: 'HTTP requests by route, operation type and status',
    labelNames: ['route', 'operation', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'newsgraph_graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly cypherStatements = new Counter({
    name: 'newsgraph_cypher_statements_total',
    help: 'Cypher statements run on behalf of GraphQL operations',
    registers: [this.registry],
  });

  readonly cypherSeconds = new Counter({
    name: 'newsgraph_cypher_db_seconds_total',
    help: 'Database time reported by Neo4j for those statements',
    registers: [this.registry],
  });

  readonly livePayloadStatements = new Counter({
    name: 'newsgraph_live_payload_statements_total',
    help: 'Cypher statements run to resolve subscription payloads (shared by the subscribers of an event)',
    registers: [this.registry],
  });

  readonly ready = new Gauge({
    name: 'newsgraph_ready',
    help: '1 when Neo4j is reachable and the graph schema applied',
    registers: [this.registry],
  });

  readonly unannouncedPages = new Counter({
    name: 'newsgraph_live_events_unpublished_total',
    help: 'Committed pages whose live event could not be published (Redis down)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'newsgraph_' });
  }
}
