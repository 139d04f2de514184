import { GraphQLError, parse, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// Limits on the document itself, checked while parsing and validating, before execution: the
// number of tokens (a huge document is rejected before it is even parsed whole) and of aliases
// (an alias flood multiplies one field's work). Depth and cost are the complexity plugin's.

function limitError(
  limit: string,
  max: number,
  actual: number | null,
  message: string,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'LIMIT_EXCEEDED', limit, max, ...(actual === null ? {} : { actual }) },
  });
}

function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(
              limitError(
                'aliases',
                maxAliases,
                aliases,
                `The document uses ${aliases} aliases; at most ${maxAliases} allowed`,
              ),
            );
          }
        },
      },
    };
  };
}

export function useOperationLimits(options: { maxTokens: number; maxAliases: number }): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, parseOptions) => {
        try {
          return parse(source, { ...parseOptions, maxTokens: options.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /tokens/i.test(error.message)) {
            throw limitError(
              'tokens',
              options.maxTokens,
              null,
              `The document has more than ${options.maxTokens} tokens`,
            );
          }
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxAliasesRule(options.maxAliases));
    },
  };
}
