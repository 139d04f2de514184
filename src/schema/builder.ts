import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import type { GraphContext } from './context.js';
import { decodeGlobalIdOrRefuse } from './global-ids.js';
import { limitExceeded } from './errors.js';
import { checkedInt } from './limits.js';
import { readNodeAhead } from './reads.js';
import { DateScalar, DateTimeScalar } from './scalars.js';

// The one schema builder: plugins, scalars and the typed context. Types live one per file beside it.
export const builder = new SchemaBuilder<{
  Context: GraphContext;
  AuthScopes: { read: boolean; ingest: boolean };
  DefaultFieldNullability: false;
  // Every connection the API returns is made by toConnection (src/schema/pagination.ts).
  Connection: { totalCount: number | null };
  Scalars: {
    DateTime: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
}>({
  // Scope auth first, so that nothing else runs for a request that may not see a field.
  plugins: [ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID: decodeGlobalIdOrRefuse,
    // A connection's `first` already prices its items; its edges list must not multiply again.
    edgesFieldOptions: { complexity: { field: 0, multiplier: 1 } },
    // node(id) reads its record with the relations its selection carries (look-ahead, reads.ts).
    nodeQueryOptions: {
      resolve: async (_root, args, context, info, resolveNode) => {
        await readNodeAhead(args.id.typename, args.id.id, context, info);
        return resolveNode(args.id);
      },
    },
    // nodes(ids:) costs one per id, and is capped like a page.
    nodesQueryOptions: {
      complexity: (args: { ids: readonly unknown[] }, context: GraphContext) => ({
        field: 1,
        multiplier: checkedInt('ids', args.ids.length, 0, context.limits.maxPageSize) || 1,
      }),
    },
  },
  scopeAuth: {
    // A subscription is refused when it is opened, not event by event.
    authorizeOnSubscribe: true,
    authScopes: (context) => ({ read: context.access.canRead, ingest: context.access.canIngest }),
    unauthorizedError: (_parent, context, _info, result) =>
      new GraphQLError(
        context.access.presented
          ? `Forbidden: ${result.message}`
          : 'Authentication required: send Authorization: Bearer <token>',
        { extensions: { code: context.access.presented ? 'FORBIDDEN' : 'UNAUTHENTICATED' } },
      ),
  },
  complexity: {
    // Lists without a `first` count ten items; paged fields set their own cost from `first`.
    defaultListMultiplier: 10,
    limit: (context) => ({
      depth: context.limits.maxDepth,
      complexity: context.limits.maxComplexity,
    }),
    complexityError: (kind, result) =>
      kind === 'Depth'
        ? limitExceeded(
            'depth',
            result.maxDepth ?? 0,
            result.depth,
            `Query is ${result.depth} levels deep; at most ${result.maxDepth} allowed`,
          )
        : limitExceeded(
            'complexity',
            result.maxComplexity ?? 0,
            result.complexity,
            `Query would cost ${result.complexity}; at most ${result.maxComplexity} allowed (lower \`first\` or nest less)`,
          ),
  },
});

builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('Date', DateScalar);

builder.queryType({ authScopes: { read: true } });
builder.mutationType({});
