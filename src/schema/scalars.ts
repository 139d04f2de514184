import { GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';
import { badInput } from './errors.js';

// ISO-8601 scalars. Output strings come from the graph layer already in ISO form; input is checked
// here so that a bad date is a BAD_USER_INPUT error naming the value, before any Cypher runs.

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string') throw badInput(null, 'DateTime must be an ISO-8601 string');
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid)
    throw badInput(
      null,
      `"${value}" is not an ISO-8601 date-time (e.g. 2025-04-11T00:10:00+02:00)`,
    );
  return parsed.toISO() ?? value;
}

function parseDate(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    !DateTime.fromISO(value).isValid
  ) {
    throw badInput(null, `"${String(value)}" is not a calendar date (YYYY-MM-DD)`);
  }
  return value;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An ISO-8601 date-time with offset, e.g. 2025-04-11T00:10:00+02:00.',
  serialize: (value) => String(value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
