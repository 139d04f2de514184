import type { Plugin } from 'graphql-yoga';
import type { ServerMetrics } from './metrics.js';
import type { GraphReadiness } from './readiness.js';

// GET /ready: 200 when Neo4j is reachable and the schema applied, else 503 with the reason (for
// load balancers and orchestrators). GET /metrics: Prometheus text. /health is Yoga's own.
export function useOperationalEndpoints(options: {
  readiness: GraphReadiness;
  metrics: ServerMetrics;
}): Plugin {
  const { readiness, metrics } = options;
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (url.pathname === '/ready') {
        const report = await readiness.report();
        metrics.ready.set(report.ready ? 1 : 0);
        endResponse(
          new fetchAPI.Response(JSON.stringify(report), {
            status: report.ready ? 200 : 503,
            headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
          }),
        );
      } else if (url.pathname === '/metrics') {
        endResponse(
          new fetchAPI.Response(await metrics.registry.metrics(), {
            headers: { 'content-type': metrics.registry.contentType },
          }),
        );
      }
    },
  };
}
