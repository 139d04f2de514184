import {
  buildSchema,
  type GraphQLField,
  GraphQLList,
  GraphQLObjectType,
  type GraphQLOutputType,
  GraphQLSchema,
  GraphQLString,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type OperationDefinitionNode,
  parse,
  printSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput } from '../../../src/schema/errors.js';
import { schema } from '../../../src/schema/index.js';
import type { Limits } from '../../../src/schema/limits.js';
import {
  carriedRelation,
  declaredNeeds,
  NodeReaders,
  needs,
  type PlanContext,
  planRecords,
  type RecordKind,
  recordKind,
  recordPart,
  sameOrNone,
} from '../../../src/schema/reads.js';
import { RECORD_KINDS } from '../../../src/schema/record-kinds.js';
import { type SelectionScope, selectedFields } from '../../../src/schema/selection.js';

// Fields declare what they read of their parent's record (src/schema/reads.ts). These checks walk
// the built schema, so that a renamed, moved or removed field cannot silently drop a read need.

type AnyField = GraphQLField<unknown, unknown>;

/** Every field of the schema's object and interface types, as `Type.field`. */
function allFields(target: GraphQLSchema): [string, AnyField, string][] {
  return Object.values(target.getTypeMap())
    .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'))
    .flatMap((type) =>
      isObjectType(type) || isInterfaceType(type)
        ? Object.values(type.getFields()).map((field): [string, AnyField, string] => [
            `${type.name}.${field.name}`,
            field,
            type.name,
          ])
        : [],
    );
}

/** The record kind whose records a field returns (itself, in a list, or as a connection's nodes). */
function kindReturned(type: GraphQLOutputType): RecordKind<unknown> | undefined {
  let named = getNamedType(type);
  const edges = isObjectType(named) ? named.getFields().edges : undefined;
  const edge = edges && getNamedType(edges.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  if (node) named = getNamedType(node.type);
  return RECORD_KINDS.find((kind) => kind.types.includes(named.name));
}

/** Parts and slots of each kind that no field of the schema declares a need of. */
function unneededParts(target: GraphQLSchema): string[] {
  const needed = new Set<string>();
  for (const [, field] of allFields(target)) {
    for (const need of declaredNeeds(field)) {
      if (need.need === 'part') needed.add(`${need.kind.name}.${need.part}`);
      if (need.need === 'carried') needed.add(`${need.kind.name}.${need.slot}`);
    }
  }
  return RECORD_KINDS.flatMap((kind) =>
    Object.keys(kind.none)
      .map((key) => `${kind.name}.${key}`)
      .filter((key) => !needed.has(key)),
  );
}

/** Fields of record types that return records and do not say whether their parent carries them. */
function undeclaredRelations(target: GraphQLSchema): string[] {
  return allFields(target)
    .filter(
      ([, field, typeName]) =>
        RECORD_KINDS.some((kind) => kind.types.includes(typeName)) &&
        kindReturned(field.type) !== undefined &&
        !declaredNeeds(field).some(
          (need) => need.need === 'carried' || need.need === 'not-carried',
        ),
    )
    .map(([name]) => name);
}

describe('read needs declared on the fields', () => {
  it('names only types the schema has, for every record kind', () => {
    for (const kind of RECORD_KINDS) {
      for (const typeName of kind.types) expect(schema.getType(typeName), typeName).toBeDefined();
    }
  });

  it('needs every part and carried slot of each record kind on some field', () => {
    expect(unneededParts(schema)).toEqual([]);
  });

  it('declares each need on a field of a type holding records of its kind', () => {
    const misplaced: string[] = [];
    for (const [name, field, typeName] of allFields(schema)) {
      for (const need of declaredNeeds(field)) {
        if (need.need !== 'not-carried' && !need.kind.types.includes(typeName))
          misplaced.push(`${name} needs ${need.kind.name} records`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('says for every field returning records whether its parent statement carries them', () => {
    expect(undeclaredRelations(schema)).toEqual([]);
  });

  it('declares carried relations only on fields that return records', () => {
    const notRelations = allFields(schema)
      .filter(
        ([, field]) =>
          declaredNeeds(field).some((need) => need.need === 'carried') &&
          kindReturned(field.type) === undefined,
      )
      .map(([name]) => name);
    expect(notRelations).toEqual([]);
  });

  it('registers a node reader, of the right kind, for every node type holding records', () => {
    const readers = schema.extensions.nodeReaders;
    expect(readers).toBeInstanceOf(NodeReaders);
    if (!(readers instanceof NodeReaders)) return;
    for (const kind of RECORD_KINDS) {
      for (const typeName of kind.types) {
        const type = schema.getType(typeName);
        if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
        expect(readers.byType.get(typeName)?.kind, typeName).toBe(kind);
      }
    }
    for (const typeName of readers.byType.keys()) {
      expect(
        RECORD_KINDS.some((kind) => kind.types.includes(typeName)),
        typeName,
      ).toBe(true);
    }
  });

  it('finds what a schema without declarations lacks (the checks above can fail)', () => {
    const bare = buildSchema(printSchema(schema));
    expect(unneededParts(bare)).toEqual(
      RECORD_KINDS.flatMap((kind) => Object.keys(kind.none).map((key) => `${kind.name}.${key}`)),
    );
    expect(undeclaredRelations(bare)).toEqual(
      expect.arrayContaining(['Article.entities', 'Person.meetings', 'Meeting.reportedBy']),
    );
  });
});

describe('planning', () => {
  interface ThingParts {
    label: boolean;
    children: { first: number } | null;
  }
  const Things = recordKind<ThingParts>('Thing', ['Thing'], { label: false, children: null });
  const labelPart = recordPart(
    Things,
    'label',
    (thing: { id: string; label?: string }) => thing.label,
    async () => new Map<string, string>(),
  );
  const relation = (plan: () => { parts: { first: number } }) =>
    carriedRelation<ThingParts, { first: number }>(Things, 'children', {
      plan,
      merge: sameOrNone,
      answer: (carried) => carried,
    });
  const Other = recordKind<{ label: boolean }>('Other', ['Other'], { label: false });
  const otherLabel = recordPart(
    Other,
    'label',
    (thing: { id: string; label?: string }) => thing.label,
    async () => new Map<string, string>(),
  );
  const Thing: GraphQLObjectType = new GraphQLObjectType({
    name: 'Thing',
    fields: () => ({
      label: { type: GraphQLString, extensions: needs(labelPart) },
      children: {
        type: new GraphQLList(Thing),
        extensions: needs(relation(() => ({ parts: { first: 2 } }))),
      },
      broken: {
        type: new GraphQLList(Thing),
        extensions: needs(
          relation(() => {
            throw new TypeError('no page here');
          }),
        ),
      },
      refused: {
        type: new GraphQLList(Thing),
        extensions: needs(
          relation(() => {
            throw badInput('first', 'first must be at least 0, got -1');
          }),
        ),
      },
      misdeclared: { type: GraphQLString, extensions: needs(otherLabel) },
    }),
  });
  const tiny = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { thing: { type: Thing } } }),
  });
  const limits: Limits = {
    maxDepth: 10,
    maxComplexity: 1000,
    maxPageSize: 100,
    defaultPageSize: 20,
    maxHops: 3,
    maxTraversalDepth: 3,
    maxNeighborhood: 100,
  };

  function plan(selection: string, context: PlanContext = { lookahead: true, limits }) {
    const operation = parse(`{ thing ${selection} }`).definitions[0] as OperationDefinitionNode;
    const thing = operation.selectionSet.selections[0];
    const scope: SelectionScope = { schema: tiny, fragments: {}, variableValues: {} };
    const set = thing?.kind === 'Field' ? thing.selectionSet : undefined;
    const fields = selectedFields(scope, [set], 'Thing');
    return planRecords(
      Things,
      [{ typeName: 'Thing', suffix: [], fields }],
      { scope, pathKey: 'thing' },
      context,
      {
        carry: true,
      },
    );
  }

  it('reads a part only when a selected field needs it', () => {
    expect(plan('{ label }').parts).toEqual({ label: true, children: null });
    expect(plan('{ __typename }').parts).toEqual({ label: false, children: null });
  });

  it('carries a declared relation with look-ahead on, and not with it off', () => {
    expect(plan('{ children { label } }').parts.children).toEqual({ first: 2 });
    expect(plan('{ children { label } }', { lookahead: false, limits }).parts.children).toBeNull();
  });

  it('leaves a child with bad arguments to its own loader', () => {
    const planned = plan('{ label refused { label } }');
    expect(planned.parts).toEqual({ label: true, children: null });
    expect(planned.carries).toBe(false);
  });

  it('fails on a planning bug, naming the field, instead of reading less', () => {
    expect(() => plan('{ broken { label } }')).toThrow(
      /Planning Thing\.broken at thing\.broken .*no page here/,
    );
  });

  it('fails on a field that declares a need of another kind of record', () => {
    expect(() => plan('{ misdeclared }')).toThrow(/Thing\.misdeclared declares a need of Other/);
  });
});
