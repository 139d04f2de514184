import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { QueryRunner } from '../graph/runner.js';
import type { GraphContext } from './context.js';
import {
  argumentsOf,
  type ConnectionSelection,
  type FieldSelection,
  fieldDefinition,
  type NodeSelection,
  pathKey,
  type SelectionScope,
  selectedFields,
  selectionOf,
  valuesSelected,
} from './selection.js';

// How a field declares what it reads of its parent's record: in its own options, with `needs`.
//
//   lead: t.string({
//     extensions: needs(textPart),     // a part: recordPart(ArticleRecords, 'text', (a) => a.text, articleTexts)
//     resolve: async (article, _args, context) => (await textPart.of(article, context)).lead,
//   }),
//   articles: t.loadable({
//     extensions: needs(carriedArticles), // a relation the parent's statement can carry: carriedRelation(…)
//     …
//   }),
//   country: t.loadable({
//     extensions: needs(notCarried('why')), // a relation read by its own batch
//     …
//   }),
//
// A field that reads nothing beyond its parent's light record declares nothing. A field that
// returns records of a kind (a relation) must say whether its parent's statement carries it
// (test/unit/schema/read-needs.test.ts walks the built schema). `node(id)` reads ahead for the
// types whose node readers src/schema/index.ts registers on the schema.
//
// What a request reads is then decided per field from the field's own selection:
// - record parts: a statement reads a part only when the values it returns select a field that
//   needs it. A record read without a part (a node loader has no selection to go by) gets it from
//   the part's fallback loader, one statement per batch.
// - look-ahead: a relation whose values the parent's statement can carry (a bounded per-parent
//   list or page) is read with the parent when the parent's selection names it, and the child's
//   loader answers from what was carried instead of running its own batch. A relation whose rows
//   are carrying records in the parent's fragment (`nests`) plans what they carry in turn; the
//   others' rows are plain records, whose relations batch as usual.
// Planning touches no database; an error in it fails the field being resolved, except a child's
// own bad arguments, which its own loader reports where they were given.

/** What planning reads of the request's context. */
export type PlanContext = Pick<GraphContext, 'lookahead' | 'limits'>;

/** A kind of record the graph layer reads, and the parts its statements can add to it. */
export interface RecordKind<Parts> {
  readonly name: string;
  /** The GraphQL types whose values are records of this kind (fields' needs apply on these). */
  readonly types: readonly string[];
  /** What a statement reads when nothing is selected: no part, no carried relation. */
  readonly none: Parts;
}

export function recordKind<Parts>(
  name: string,
  types: readonly string[],
  none: Parts,
): RecordKind<Parts> {
  return { name, types, none };
}

/** The keys of a record kind's optional parts (true: read it). */
export type PartKey<Parts> = {
  [K in keyof Parts]-?: Parts[K] extends boolean ? K : never;
}[keyof Parts] &
  string;

/** The keys of a record kind's slots for carried relations whose plan is `Plan` (null: not carried). */
export type SlotKey<Parts, Plan> = {
  [K in keyof Parts]-?: null extends Parts[K] ? (Parts[K] extends Plan | null ? K : never) : never;
}[keyof Parts] &
  string;

/** A field needs this optional part of its parent's record. */
export interface PartNeed {
  readonly need: 'part';
  readonly kind: RecordKind<unknown>;
  readonly part: string;
}

/** An optional part of a record kind, and how a field reads it whether or not it came with the record. */
export interface RecordPart<Record, T> extends PartNeed {
  of(record: Record, context: GraphContext): T | Promise<T>;
}

/**
 * The part `part` of `kind` records: `inRecord` when the statement read it, else the part's
 * fallback loader (`read` answers by id, one statement per batch).
 */
export function recordPart<Parts, Record extends { id: string }, T>(
  kind: RecordKind<Parts>,
  part: PartKey<Parts>,
  inRecord: (record: Record) => T | null | undefined,
  read: (runner: QueryRunner, ids: readonly string[]) => Promise<Map<string, T>>,
): RecordPart<Record, T> {
  const loader = fallbackLoader(kind.name, read);
  return {
    need: 'part',
    kind,
    part,
    of: (record, context) => inRecord(record) ?? loader(context).load(record.id),
  };
}

/** A relation field that its parent's statement never carries, and why (read by its own loader). */
export interface NotCarried {
  readonly need: 'not-carried';
  readonly why: string;
}

export function notCarried(why: string): NotCarried {
  return { need: 'not-carried', why };
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

/** What a slot reads for a child, and the plan of its rows when they carry relations of their own. */
export interface CarriedPlan<Plan> {
  parts: Plan;
  rows?: RecordPlan<unknown>;
}

/** How a carried relation plans, merges and answers (see `carriedRelation`). */
export interface RelationSpec<Parts, Plan> {
  /**
   * Whether the rows in the slot are carrying records (the parent's fragment makes them with the
   * rows' carrying fragment), so that they can carry relations of their own.
   */
  nests?: boolean;
  /** A part that answers the same field in a lighter form (ids), not read when the slot is carried. */
  supersedes?: PartKey<Parts>;
  /**
   * What the slot must read for this child (with `carry`, what its rows carry too, and the rows'
   * plan), or null when it cannot be carried.
   */
  plan(child: ChildField, context: PlanContext, carry: boolean): CarriedPlan<Plan> | null;
  /** One plan serving both children, or null when they cannot share the slot. */
  merge(a: Plan, b: Plan): Plan | null;
  /** What the child's loader answers for one parent, from that parent's carried slot. */
  answer(carried: unknown, child: ChildField): unknown;
  /** The records in one parent's carried slot (whose own carried relations are primed in turn). */
  records?(carried: unknown): readonly { id: string }[];
}

/** A field's relation that its parent's statement can carry in one slot of its records. */
export interface CarriedRelation<Plan> extends Omit<RelationSpec<unknown, Plan>, 'supersedes'> {
  readonly need: 'carried';
  readonly supersedes?: string;
  readonly kind: RecordKind<unknown>;
  readonly slot: string;
}

/**
 * A relation that `kind` records can carry in `slot` (the key of their parts and records). Fields
 * that share a slot (an article's entities, people, countries…) declare relations with one merge.
 */
export function carriedRelation<Parts, Plan>(
  kind: RecordKind<Parts>,
  slot: SlotKey<Parts, Plan>,
  spec: RelationSpec<Parts, Plan>,
): CarriedRelation<Plan> {
  return { ...spec, need: 'carried', kind, slot };
}

export type ReadNeed = PartNeed | CarriedRelation<unknown> | NotCarried;

/** What a field declared it reads (the value of its `readNeeds` extension). */
export class FieldNeeds {
  constructor(readonly list: readonly ReadNeed[]) {}
}

/** A field's `extensions`: what it reads of its parent's record. */
export function needs(...list: ReadNeed[]): { readonly readNeeds: FieldNeeds } {
  return { readNeeds: new FieldNeeds(list) };
}

/** What a built field declared it reads ([] when nothing). */
export function declaredNeeds(
  field: { extensions: { readonly [key: string]: unknown } } | undefined,
): readonly ReadNeed[] {
  const declared = field?.extensions.readNeeds;
  return declared instanceof FieldNeeds ? declared.list : [];
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

interface TakenChild {
  child: ChildField;
  relation: CarriedRelation<unknown>;
  rows: RecordPlan<unknown> | undefined;
}

/**
 * The parts of `kind` records that values selected like `values` need, and (with `carry`, when
 * look-ahead is on) the relations their statement should carry.
 */
export function planRecords<Parts>(
  kind: RecordKind<Parts>,
  values: readonly NodeSelection[],
  site: PlanSite,
  context: PlanContext,
  options: { carry: boolean; also?: readonly PartKey<Parts>[] },
): RecordPlan<Parts> {
  const chosen: Record<string, unknown> = {};
  for (const part of options.also ?? []) chosen[part] = true;
  const slots = new Map<string, { relation: CarriedRelation<unknown>; plan: unknown }>();
  const taken: TakenChild[] = [];
  for (const value of values) {
    for (const field of value.fields.values()) {
      // Fields of another kind's types (an abstract selection's other members) plan elsewhere.
      if (!kind.types.includes(field.parentType)) continue;
      const definition = fieldDefinition(site.scope, field);
      for (const need of declaredNeeds(definition)) {
        if (need.need === 'not-carried') continue;
        if (need.kind !== kind) {
          throw new Error(
            `${field.parentType}.${field.name} declares a need of ${need.kind.name} records, but its type holds ${kind.name} records`,
          );
        }
        if (need.need === 'part') {
          chosen[need.part] = true;
          continue;
        }
        if (!options.carry || !context.lookahead || !definition) continue;
        const child = childField(site, value, field, definition.type);
        const own = child && planChild(need, child, context, field);
        if (!child || !own) continue;
        const held = slots.get(need.slot);
        const merged = held ? need.merge(held.plan, own.parts) : own.parts;
        if (merged === null) continue;
        slots.set(need.slot, { relation: need, plan: merged });
        taken.push({ child, relation: need, rows: own.rows });
      }
    }
  }
  for (const [slot, { relation, plan }] of slots) {
    chosen[slot] = plan;
    if (relation.supersedes) chosen[relation.supersedes] = false;
  }
  return {
    parts: Object.assign({}, kind.none, chosen),
    carries: taken.length > 0,
    prime(primed, records) {
      if (taken.length > 0) primeCarried(primed, records, taken);
    },
  };
}

function primeCarried(
  context: GraphContext,
  records: readonly { id: string }[],
  taken: readonly TakenChild[],
): void {
  const store = carriedStore(context);
  for (const { child, relation, rows } of taken) {
    let answers = store.get(child.pathKey);
    if (!answers) {
      answers = new Map();
      store.set(child.pathKey, answers);
    }
    const carriedRows: { id: string }[] = [];
    for (const record of records) {
      const carried: unknown = Reflect.get(record, relation.slot);
      if (carried === null || carried === undefined) continue;
      answers.set(record.id, relation.answer(carried, child));
      if (rows?.carries) carriedRows.push(...(relation.records?.(carried) ?? []));
    }
    if (rows?.carries) rows.prime(context, carriedRows);
  }
}

/** The child as its parent's selection names it, or null when its nodes disagree on arguments. */
function childField(
  site: PlanSite,
  value: NodeSelection,
  field: FieldSelection,
  returnType: Parameters<typeof valuesSelected>[2],
): ChildField | null {
  const args = argumentsOf(site.scope, field);
  if (!args) return null;
  return {
    key: field.key,
    name: field.name,
    args,
    ...valuesSelected(site.scope, field.nodes, returnType),
    pathKey: [site.pathKey, ...value.suffix, field.key].filter(Boolean).join('.'),
    scope: site.scope,
  };
}

/** Errors that a field's arguments cause (the API's typed input errors), as opposed to bugs. */
function isInputError(error: unknown): boolean {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return code === 'BAD_USER_INPUT' || code === 'LIMIT_EXCEEDED';
}

// A child whose arguments are out of bounds is left to its own loader, which reports the error
// where the arguments were given; any other error is a planning bug and fails the parent.
function planChild(
  relation: CarriedRelation<unknown>,
  child: ChildField,
  context: PlanContext,
  field: FieldSelection,
): CarriedPlan<unknown> | null {
  try {
    return relation.plan(child, context, relation.nests ?? false);
  } catch (error) {
    if (isInputError(error)) return null;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Planning ${field.parentType}.${field.name} at ${child.pathKey} (carried in ${relation.kind.name}.${relation.slot}) failed: ${reason}`,
      { cause: error },
    );
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

/** The plan of the records a field returns, carrying what its own selection names. */
export function planOfField<Parts>(
  kind: RecordKind<Parts>,
  info: GraphQLResolveInfo,
  context: PlanContext,
): RecordPlan<Parts> {
  return planRecords(kind, selectionOf(info).values, siteOf(info), context, { carry: true });
}

/** The site of the field being resolved. */
export function siteOf(info: GraphQLResolveInfo): PlanSite {
  return { scope: info, pathKey: pathKey(info.path) };
}

/** Parts of two plans for one slot: true where either reads a part (null slots stay null). */
export function mergeParts<T extends object>(a: T, b: T): T {
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(b)) {
    if (typeof value === 'boolean') merged[key] = Boolean(Reflect.get(a, key)) || value;
  }
  return Object.assign({}, a, merged);
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
 * The request-scoped loader that fetches what records were read without: one statement per
 * batch (`read` answers by id); an id it no longer finds is an error naming the node.
 */
export function fallbackLoader<T>(
  kindName: string,
  read: (runner: QueryRunner, ids: readonly string[]) => Promise<Map<string, T>>,
) {
  return createContextCache(
    (context: GraphContext) =>
      new DataLoader<string, T>(async (ids) => {
        const found = await read(context.runner, ids);
        return ids.map((id) => found.get(id) ?? new Error(`${kindName} ${id} no longer exists.`));
      }),
  );
}

/** How `node(id)` reads a record of one type with the relations its selection carries. */
export interface NodeReader {
  readonly kind: RecordKind<unknown>;
  /**
   * With look-ahead on, when the field's selection names a relation the type's statement can
   * carry: reads the record with it and primes the node loader and the child loaders.
   */
  readAhead(
    typeName: string,
    id: string,
    context: GraphContext,
    info: GraphQLResolveInfo,
  ): Promise<void>;
}

/** A node reader: `read` is one statement for records of this type with these parts; `prime` puts
 * one into the type's node loader. */
export function nodeReader<Parts, Record extends { id: string }>(spec: {
  kind: RecordKind<Parts>;
  read(ids: readonly string[], parts: Parts, context: GraphContext): Promise<readonly Record[]>;
  prime(context: GraphContext, record: Record): void;
}): NodeReader {
  // node(id) fields of one request whose selections read alike share a statement.
  const batches = createContextCache(
    (_context: GraphContext) => new Map<string, DataLoader<string, Record | null>>(),
  );
  return {
    kind: spec.kind,
    async readAhead(typeName, id, context, info) {
      const site = siteOf(info);
      const fields = selectedFields(
        site.scope,
        info.fieldNodes.map((node) => node.selectionSet),
        typeName,
      );
      const plan = planRecords(spec.kind, [{ typeName, suffix: [], fields }], site, context, {
        carry: true,
      });
      if (!plan.carries) return;
      const key = `${typeName} ${JSON.stringify(plan.parts)}`;
      const byParts = batches(context);
      let batch = byParts.get(key);
      if (!batch) {
        batch = new DataLoader(async (ids) => {
          const found = new Map(
            (await spec.read(ids, plan.parts, context)).map((record) => [record.id, record]),
          );
          return ids.map((wanted) => found.get(wanted) ?? null);
        });
        byParts.set(key, batch);
      }
      const record = await batch.load(id);
      if (!record) return;
      plan.prime(context, [record]);
      spec.prime(context, record);
    },
  };
}

/** The node readers of a schema, by GraphQL type name (the value of its `nodeReaders` extension). */
export class NodeReaders {
  constructor(readonly byType: ReadonlyMap<string, NodeReader>) {}
}

/** The schema's `extensions`: the types whose `node(id)` reads ahead, and how. */
export function withNodeReaders(readers: { [typeName: string]: NodeReader }): {
  readonly nodeReaders: NodeReaders;
} {
  return { nodeReaders: new NodeReaders(new Map(Object.entries(readers))) };
}

/**
 * Before `node(id)` loads its record: reads it ahead when its type has a node reader and
 * look-ahead is on. Otherwise the node loader reads a light record, as it would anyway.
 */
export async function readNodeAhead(
  typeName: string,
  id: string,
  context: GraphContext,
  info: GraphQLResolveInfo,
): Promise<void> {
  if (!context.lookahead) return;
  const readers = info.schema.extensions.nodeReaders;
  if (!(readers instanceof NodeReaders)) {
    throw new Error(
      'The schema has no node readers: build it with withNodeReaders (src/schema/index.ts)',
    );
  }
  await readers.byType.get(typeName)?.readAhead(typeName, id, context, info);
}
