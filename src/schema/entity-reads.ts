import type { GraphQLResolveInfo } from 'graphql';
import { entitiesByIds, entityCatalogFacts, entityDetails } from '../graph/entity.js';
import type { EntityParts } from '../graph/parts.js';
import type { QueryRunner } from '../graph/runner.js';
import type { EntityLabel, EntityRecord } from '../graph/records.js';
import type { GraphContext } from './context.js';
import {
  fallbackLoader,
  type NodeReader,
  nodeReader,
  notCarried,
  type PlanContext,
  type PlanSite,
  planRecords,
  type RecordPlan,
  recordPart,
  siteOf,
  valuesOfField,
} from './reads.js';
import { EntityRecords } from './record-kinds.js';
import { City, Country, Entity, Organization, Person, Region } from './refs.js';
import { type NodeSelection, selectionOf } from './selection.js';

// How entity records are read for the fields of every entity type and for the relations that
// return entities: their details part, their catalog facts, their plans, and their node readers.

/** Other names, aliases, role, status, ISO code, evidence: fields that need them declare it. */
export const entityDetailsPart = recordPart(
  EntityRecords,
  'details',
  (entity: EntityRecord) => entity.details,
  entityDetails,
);

// Wikidata item, population and coordinates: one statement per batch, only when a request names one
// (read apart from the details, so the record projections stay as they are).
const entityFactsLoader = fallbackLoader('Entity', entityCatalogFacts);

/** The catalog facts (wikidataId, population, coordinates) of an entity. */
export function entityFactsOf(entity: EntityRecord, context: GraphContext) {
  return entityFactsLoader(context).load(entity.id);
}

/** What entity records selected like `values` read, and (`carry`) which relations they carry. */
export function entityPlan(
  values: readonly NodeSelection[],
  site: PlanSite,
  context: PlanContext,
  carry: boolean,
): RecordPlan<EntityParts> {
  return planRecords(EntityRecords, values, site, context, { carry });
}

/** The parts of plain entity records (no relations carried) that the field being resolved returns
 * (or, with `field`, that field of what it returns). */
export function entityParts(
  info: GraphQLResolveInfo,
  context: PlanContext,
  field?: string,
): EntityParts {
  const { values } = selectionOf(info);
  return entityPlan(
    field ? valuesOfField(info, values, field) : values,
    siteOf(info),
    context,
    false,
  ).parts;
}

/** Puts entity records that came with another batch into the entity loader: no statement for them. */
export function primeEntities(context: GraphContext, entities: readonly EntityRecord[]): void {
  const loader = Entity.getDataloader(context);
  for (const entity of entities) loader.prime(entity.id, entity);
}

/** A byPath loader of the entities related to each parent by `read` (one statement per batch); `none` for a parent without. */
export function relatedEntitiesLoader<T>(
  read: (
    runner: QueryRunner,
    ids: readonly string[],
    entity: EntityParts,
  ) => Promise<Map<string, T>>,
  none: T,
) {
  return async (ids: string[], context: GraphContext, _args: unknown, info: GraphQLResolveInfo) => {
    const byParent = await read(context.runner, ids, entityParts(info, context));
    return ids.map((id) => byParent.get(id) ?? none);
  };
}

/** An entity's relation to other entities (a person's country, a country's people…) is read apart. */
export const notInEntityRecord = notCarried('no slot in the entity record: its own batch');

const ENTITY_REFS = { Person, Country, City, Organization, Region } as const;

/** node(id) of an entity of this kind reads what its selection carries with it. */
export function entityNodeReader(kind: EntityLabel): NodeReader {
  const ref = ENTITY_REFS[kind];
  return nodeReader({
    kind: EntityRecords,
    read: async (ids, parts, context) =>
      (await entitiesByIds(context.runner, ids, parts)).filter((entity) => entity.kind === kind),
    prime: (context, record: EntityRecord) => {
      ref.getDataloader(context).prime(record.id, record);
    },
  });
}
