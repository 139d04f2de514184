import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';

// What a field's own selection asks of the values it returns: the fields selected on the returned
// type, through fragments (whose type conditions may apply to it), inline fragments and a
// connection's `edges.node` and `nodes`. Directives (@skip, @include) are not evaluated: a field
// they leave out only makes a statement read a little more.

/** What a selection is resolved against. */
export interface SelectionScope {
  schema: GraphQLSchema;
  fragments: GraphQLResolveInfo['fragments'];
  variableValues: GraphQLResolveInfo['variableValues'];
}

/** One response key selected on a type: the field, and every node that selects it. */
export interface FieldSelection {
  key: string;
  name: string;
  nodes: FieldNode[];
  /** The type the field was found on (a fragment's condition, or the selected type). */
  parentType: string;
}

/** The values a field returns, as its selection reaches them. */
export interface NodeSelection {
  /** The named type of the values (an object or an interface). */
  typeName: string;
  /** Response keys from the field to one value: [] (one object), ['*'] (a list), ['edges', '*', 'node'] (a connection). */
  suffix: string[];
  fields: Map<string, FieldSelection>;
}

/** What a field selects on the connection around its values (when it returns one). */
export interface ConnectionSelection {
  totalCount: boolean;
  /** Any cursor: an edge's, or pageInfo's start or end. */
  cursors: boolean;
}

/** The fields `sets` select on values of type `typeName`, by response key. */
export function selectedFields(
  scope: SelectionScope,
  sets: readonly (SelectionSetNode | undefined)[],
  typeName: string,
): Map<string, FieldSelection> {
  const found = new Map<string, FieldSelection>();
  const visit = (set: SelectionSetNode | undefined, on: string, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        const known = found.get(key);
        if (known) known.nodes.push(selection);
        else
          found.set(key, { key, name: selection.name.value, nodes: [selection], parentType: on });
      } else if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition?.name.value;
        if (applies(scope.schema, condition, typeName))
          visit(selection.selectionSet, condition ?? on, seen);
      } else {
        const name = selection.name.value;
        const fragment = scope.fragments[name];
        if (!fragment || seen.has(name)) continue;
        seen.add(name);
        const condition = fragment.typeCondition.name.value;
        if (applies(scope.schema, condition, typeName))
          visit(fragment.selectionSet, condition, seen);
      }
    }
  };
  for (const set of sets) visit(set, typeName, new Set());
  return found;
}

/** Whether a fragment on `condition` can apply to a value of type `typeName` (of some possible type). */
function applies(schema: GraphQLSchema, condition: string | undefined, typeName: string): boolean {
  if (condition === undefined || condition === typeName) return true;
  const type = schema.getType(typeName);
  const on = schema.getType(condition);
  if (!type || !on || !(isAbstractType(on) || isObjectType(on))) return false;
  const possible = isAbstractType(type)
    ? schema.getPossibleTypes(type)
    : isObjectType(type)
      ? [type]
      : [];
  return possible.some(
    (object) => object === on || (isAbstractType(on) && schema.isSubType(on, object)),
  );
}

/** The field definition a selection names, on the type it was found on. */
export function fieldDefinition(
  scope: SelectionScope,
  field: FieldSelection,
): GraphQLField<unknown, unknown> | undefined {
  const type = scope.schema.getType(field.parentType);
  return type && 'getFields' in type
    ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[field.name]
    : undefined;
}

/** A field's arguments, or null when its nodes disagree (a field of two types under one key). */
export function argumentsOf(
  scope: SelectionScope,
  field: FieldSelection,
): Record<string, unknown> | null {
  const definition = fieldDefinition(scope, field);
  if (!definition) return null;
  const all = field.nodes.map((node) => getArgumentValues(definition, node, scope.variableValues));
  const first = JSON.stringify(all[0]);
  return all.every((args) => JSON.stringify(args) === first)
    ? (all[0] as Record<string, unknown>)
    : null;
}

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

/** The values that field nodes of type `returnType` reach, and what they select on the connection. */
export function valuesSelected(
  scope: SelectionScope,
  nodes: readonly FieldNode[],
  returnType: GraphQLOutputType,
): { values: NodeSelection[]; connection: ConnectionSelection } {
  const named = getNamedType(returnType);
  const sets = nodes.map((node) => node.selectionSet);
  const connection: ConnectionSelection = { totalCount: false, cursors: false };
  if (!isConnection(named) || !isObjectType(named)) {
    const suffix = isListType(getNullableType(returnType)) ? ['*'] : [];
    return {
      values: [{ typeName: named.name, suffix, fields: selectedFields(scope, sets, named.name) }],
      connection,
    };
  }
  const edgeType = getNamedType(named.getFields().edges?.type as GraphQLOutputType);
  const nodeField = isObjectType(edgeType) ? edgeType.getFields().node : undefined;
  if (!nodeField) throw new Error(`${named.name} has no edges.node`);
  const nodeType = getNamedType(nodeField.type);
  const values: NodeSelection[] = [];
  for (const field of selectedFields(scope, sets, named.name).values()) {
    if (field.name === 'totalCount') connection.totalCount = true;
    if (field.name === 'pageInfo') {
      const page = selectedFields(
        scope,
        field.nodes.map((node) => node.selectionSet),
        'PageInfo',
      );
      if ([...page.values()].some((f) => f.name === 'startCursor' || f.name === 'endCursor'))
        connection.cursors = true;
    }
    if (field.name === 'nodes') {
      values.push({
        typeName: nodeType.name,
        suffix: [field.key, '*'],
        fields: selectedFields(
          scope,
          field.nodes.map((node) => node.selectionSet),
          nodeType.name,
        ),
      });
    }
    if (field.name === 'edges') {
      const edge = selectedFields(
        scope,
        field.nodes.map((node) => node.selectionSet),
        edgeType.name,
      );
      for (const inEdge of edge.values()) {
        if (inEdge.name === 'cursor') connection.cursors = true;
        if (inEdge.name === 'node') {
          const fields = selectedFields(
            scope,
            inEdge.nodes.map((node) => node.selectionSet),
            nodeType.name,
          );
          values.push({ typeName: nodeType.name, suffix: [field.key, '*', inEdge.key], fields });
        }
      }
    }
  }
  return { values, connection };
}

/** The values the field being resolved returns, as its own selection reaches them. */
export function selectionOf(info: GraphQLResolveInfo) {
  return valuesSelected(info, info.fieldNodes, info.returnType);
}

/** Path key of a field as the dataloader plugin keys byPath loaders: response keys, list indices as `*`. */
export function pathKey(path: GraphQLResolveInfo['path'] | undefined): string {
  const keys: string[] = [];
  for (let at = path; at; at = at.prev) keys.unshift(typeof at.key === 'number' ? '*' : at.key);
  return keys.join('.');
}
