import type { Plugin } from 'graphql-yoga';
import type { GraphContext } from '../schema/context.js';
import { heavyFieldsOf } from '../schema/heavy-fields.js';

// Before execution, tells the request's batch statements which costly fields its document names.
export function useHeavyFields(): Plugin<GraphContext> {
  return {
    onExecute({ args, extendContext }) {
      extendContext({ heavyFields: heavyFieldsOf(args.document) });
    },
  };
}
