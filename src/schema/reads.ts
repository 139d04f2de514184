import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { QueryRunner } from '../graph/runner.js';
import type { GraphContext } from './context.js';
import {
  argumentsOf,
  type ConnectionSelection,
  fieldDefinition,
  fieldNames,
  type NodeSelection,
  pathKey,
  type SelectionScope,
  selectedFields,
  selectionOf,
  valuesSelected,
} from './selection.js';

// What a request reads, decided per field from the field's own selection:
// - record parts: each record kind declares once (beside its fields) which GraphQL fields need
//   which optional part of its record; a statement reads a part only when the values it returns
//   select such a field. A record read without a part (a node loader has no selection to go by)
//   gets it from a fallback loader, one statement per batch.
// - look-ahead: a relation whose values the parent's statement can carry (a bounded per-parent
//   list or page) is read with the parent when the parent's selection names it, and the child's
//   loader answers from what was carried instead of running its own batch. A relation whose rows
//   are carrying records in the parent's fragment (`nests`) plans what they carry in turn; the
//   others' rows are plain records, whose relations batch as usual. `node(id)` takes part too: a
//   type with a node reader is read with what its selection carries.

export type RecordKind = 'Article' | 'Entity' | 'Meeting';

const declaredParts = new Map<RecordKind, Record<string, readonly string[]>>();
// biome-ignore lint/suspicious/noExplicitAny: each relation has its own plan type.
const declaredRelations = new Map<RecordKind, Map<string, CarriedRelation<any>>>();

/** Declares which fields of a record kind need which optional part of its record. */
export function declareParts(kind: RecordKind, parts: Record<string, readonly string[]>): void {
  declaredParts.set(kind, { ...declaredParts.get(kind), ...parts });
}

/** A child field as its parent's selection names it. */
export interface ChildField {
  key: string;
  name: string;
  args: Record<string, unknown>;
  values: NodeSelection[];
  connection: ConnectionSelection;
  /** Its path key: where its loader (and what was carried for it) is found. */
  pathKey: string;
  scope: SelectionScope;
}

/** A relation that a record kind's statements can carry in one slot of their records. */
export interface CarriedRelation<Plan> {
  /** The fields of the parent kind that this relation answers. */
  fields: readonly string[];
  /** Only on these parent types (all of the kind's when absent). */
  parentTypes?: readonly string[];
  /**
   * Whether the rows in the slot are carrying records (the parent's fragment makes them with the
   * rows' carrying fragment), so that they can carry relations of their own.
   */
  nests?: boolean;
  /** A part that answers the same fields in a lighter form (ids), not read when the slot is carried. */
  supersedes?: string;
  /**
   * What the slot must read for this child (with `carry`, what its rows carry too, and the rows'
   * plan), or null when it cannot be carried.
   */
  plan(child: ChildField, context: GraphContext, carry: boolean): CarriedPlan<Plan> | null;
  /** One plan serving both children, or null when they cannot share the slot. */
  merge(a: Plan, b: Plan): Plan | null;
  /** What the child's loader answers for one parent, from that parent's carried slot. */
  answer(carried: unknown, child: ChildField): unknown;
  /** The records in one parent's carried slot (whose own carried relations are primed in turn). */
  records?(carried: unknown): readonly { id: string }[];
}

/** What a slot reads for a child, and the plan of its rows when they carry relations of their own. */
export interface CarriedPlan<Plan> {
  parts: Plan;
  rows?: RecordPlan<unknown>;
}

/** Declares a relation a record kind can carry (`slot` is the key of its parts and records). */
export function declareRelation<Plan>(
  kind: RecordKind,
  slot: string,
  relation: CarriedRelation<Plan>,
): void {
  const relations = declaredRelations.get(kind) ?? new Map();
  relations.set(slot, relation);
  declaredRelations.set(kind, relations);
}

export interface RecordPlan<Parts> {
  parts: Parts;
  /** Whether the statement carries any relation for a child field. */
  carries: boolean;
  /** Hands what the records carried to the child loaders, before they run. */
  prime(context: GraphContext, records: readonly { id: string }[]): void;
}

/** Where the values are: the field's path key and its selection scope. */
export interface PlanSite {
  scope: SelectionScope;
  pathKey: string;
}

/**
 * The parts of `kind` records that values selected like `values` need, and (with `carry`, when
 * look-ahead is on) the relations their statement should carry.
 */
export function planRecords<Parts>(
  kind: RecordKind,
  values: readonly NodeSelection[],
  site: PlanSite,
  context: GraphContext,
  options: { carry: boolean; also?: readonly string[] },
): RecordPlan<Parts> {
  const names = fieldNames(values);
  const parts: Record<string, unknown> = {};
  for (const [part, fields] of Object.entries(declaredParts.get(kind) ?? {})) {
    parts[part] =
      fields.some((field) => names.has(field)) || (options.also?.includes(part) ?? false);
  }
  const taken: {
    slot: string;
    child: ChildField;
    relation: CarriedRelation<unknown>;
    rows: RecordPlan<unknown> | undefined;
  }[] = [];
  for (const [slot, relation] of declaredRelations.get(kind) ?? []) {
    parts[slot] = null;
    if (!options.carry || !context.lookahead) continue;
    let plan: unknown = null;
    for (const value of values) {
      for (const field of value.fields.values()) {
        if (!relation.fields.includes(field.name)) continue;
        if (relation.parentTypes && !relation.parentTypes.includes(field.parentType)) continue;
        const child = childField(site, value, field.key);
        const own = child && planSafely(relation, child, context);
        if (!child || !own) continue;
        const merged = plan === null ? own.parts : relation.merge(plan, own.parts);
        if (merged === null) continue;
        plan = merged;
        taken.push({ slot, child, relation, rows: own.rows });
      }
    }
    parts[slot] = plan;
    if (plan !== null && relation.supersedes) parts[relation.supersedes] = false;
  }
  return {
    parts: parts as Parts,
    carries: taken.length > 0,
    prime(primed, records) {
      if (taken.length === 0) return;
      const store = carriedStore(primed);
      for (const { slot, child, relation, rows } of taken) {
        let answers = store.get(child.pathKey);
        if (!answers) {
          answers = new Map();
          store.set(child.pathKey, answers);
        }
        const carriedRows: { id: string }[] = [];
        for (const record of records) {
          const carried = (record as unknown as Record<string, unknown>)[slot];
          if (carried === null || carried === undefined) continue;
          answers.set(record.id, relation.answer(carried, child));
          if (rows?.carries) carriedRows.push(...(relation.records?.(carried) ?? []));
        }
        if (rows?.carries) rows.prime(primed, carriedRows);
      }
    },
  };
}

function childField(site: PlanSite, value: NodeSelection, key: string): ChildField | null {
  const field = value.fields.get(key);
  const definition = field && fieldDefinition(site.scope, field);
  const args = field && argumentsOf(site.scope, field);
  if (!field || !definition || !args) return null;
  return {
    key,
    name: field.name,
    args,
    ...valuesSelected(site.scope, field.nodes, definition.type),
    pathKey: [site.pathKey, ...value.suffix, key].filter(Boolean).join('.'),
    scope: site.scope,
  };
}

// A child whose arguments are out of bounds is left to its own loader, which reports the error on it.
function planSafely(
  relation: CarriedRelation<unknown>,
  child: ChildField,
  context: GraphContext,
): CarriedPlan<unknown> | null {
  try {
    return relation.plan(child, context, relation.nests ?? false);
  } catch {
    return null;
  }
}

/** The values a field of these values returns (e.g. `entity` of an EntityCount), as selected. */
export function valuesOfField(
  scope: SelectionScope,
  values: readonly NodeSelection[],
  name: string,
): NodeSelection[] {
  return values.flatMap((value) =>
    [...value.fields.values()]
      .filter((field) => field.name === name)
      .flatMap((field) => {
        const definition = fieldDefinition(scope, field);
        return definition ? valuesSelected(scope, field.nodes, definition.type).values : [];
      }),
  );
}

/** The site of the field being resolved. */
/** The plan of the records a field returns, carrying what its own selection names. */
export function planOfField<Parts>(
  kind: RecordKind,
  info: GraphQLResolveInfo,
  context: GraphContext,
): RecordPlan<Parts> {
  return planRecords<Parts>(kind, selectionOf(info).values, siteOf(info), context, { carry: true });
}

export function siteOf(info: GraphQLResolveInfo): PlanSite {
  return { scope: info, pathKey: pathKey(info.path) };
}

/** Parts of two plans for one slot: true where either reads a part (null slots stay null). */
export function mergeParts<T extends object>(a: T, b: T): T {
  const merged = { ...a } as Record<string, unknown>;
  for (const [key, value] of Object.entries(b)) {
    if (typeof value === 'boolean') merged[key] = Boolean(merged[key]) || value;
  }
  return merged as T;
}

/** One plan for two children of a slot only when they ask for the same (a page and its arguments). */
export function sameOrNone<T>(a: T, b: T): T | null {
  return JSON.stringify(a) === JSON.stringify(b) ? a : null;
}

const carriedStore = createContextCache(
  (_context: GraphContext) => new Map<string, Map<string, unknown>>(),
);

/**
 * A relation loader's answers: what a parent's statement carried for these keys at this path,
 * and `load` (one statement) for the rest.
 */
export async function carriedOrLoaded<T>(
  context: GraphContext,
  info: GraphQLResolveInfo,
  keys: readonly string[],
  load: (missing: string[]) => Promise<T[]>,
): Promise<T[]> {
  const carried = carriedStore(context).get(pathKey(info.path));
  const missing = carried ? keys.filter((key) => !carried.has(key)) : [...keys];
  const loaded = missing.length > 0 ? await load(missing) : [];
  const byKey = new Map(missing.map((key, index) => [key, loaded[index] as T]));
  return keys.map((key) => (carried?.has(key) ? (carried.get(key) as T) : (byKey.get(key) as T)));
}

/** What a parent's statement carried for one parent at the field being resolved, if anything
 * (the caller names what its relation carries, as `carriedOrLoaded` does). */
export function carriedFor<T>(
  context: GraphContext,
  info: GraphQLResolveInfo,
  parentId: string,
): T | undefined {
  return carriedStore(context).get(pathKey(info.path))?.get(parentId) as T | undefined;
}

/**
 * The request-scoped loader that fetches a part of records that were read without it: one
 * statement per batch (`read` answers by id); an id it no longer finds is an error naming the node.
 */
export function fallbackLoader<T>(
  node: RecordKind,
  read: (runner: QueryRunner, ids: readonly string[]) => Promise<Map<string, T>>,
) {
  return createContextCache(
    (context: GraphContext) =>
      new DataLoader<string, T>(async (ids) => {
        const found = await read(context.runner, ids);
        return ids.map((id) => found.get(id) ?? new Error(`${node} ${id} no longer exists.`));
      }),
  );
}

/** How `node(id)` reads records of one type with the relations their selection carries. */
export interface NodeReader<Parts, Record extends { id: string }> {
  kind: RecordKind;
  /** One statement: the records with these ids (of this type only) and these parts. */
  read(ids: readonly string[], parts: Parts, context: GraphContext): Promise<readonly Record[]>;
  /** Puts a record into the type's node loader, so that `node` answers from it. */
  prime(context: GraphContext, record: Record): void;
}

// biome-ignore lint/suspicious/noExplicitAny: each type has its own parts and record.
const nodeReaders = new Map<string, NodeReader<any, { id: string }>>();

/** Declares the node reader of a GraphQL type (by name). */
export function declareNodeReader<Parts, Record extends { id: string }>(
  typeName: string,
  reader: NodeReader<Parts, Record>,
): void {
  nodeReaders.set(typeName, reader as NodeReader<Parts, { id: string }>);
}

// node(id) fields of one request whose selections read alike share a statement.
const nodeReadBatches = createContextCache(
  (_context: GraphContext) => new Map<string, DataLoader<string, { id: string } | null>>(),
);

/**
 * Before `node(id)` loads its record: with look-ahead on, when the id's type has a node reader and
 * the field's selection names a relation the type's statement can carry, reads the record with it
 * and primes the node loader and the child loaders. Otherwise nothing happens: the node loader
 * reads a light record, as it would anyway.
 */
export async function readNodeAhead(
  typeName: string,
  id: string,
  context: GraphContext,
  info: GraphQLResolveInfo,
): Promise<void> {
  const reader = nodeReaders.get(typeName);
  if (!reader || !context.lookahead) return;
  const site = siteOf(info);
  const fields = selectedFields(
    site.scope,
    info.fieldNodes.map((node) => node.selectionSet),
    typeName,
  );
  const plan = planRecords(reader.kind, [{ typeName, suffix: [], fields }], site, context, {
    carry: true,
  });
  if (!plan.carries) return;
  const key = `${typeName} ${JSON.stringify(plan.parts)}`;
  const batches = nodeReadBatches(context);
  let batch = batches.get(key);
  if (!batch) {
    batch = new DataLoader(async (ids) => {
      const found = new Map(
        (await reader.read(ids, plan.parts, context)).map((record) => [record.id, record]),
      );
      return ids.map((wanted) => found.get(wanted) ?? null);
    });
    batches.set(key, batch);
  }
  const record = await batch.load(id);
  if (!record) return;
  plan.prime(context, [record]);
  reader.prime(context, record);
}
