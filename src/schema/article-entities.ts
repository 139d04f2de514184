import type { GraphQLResolveInfo } from 'graphql';
import { articleEntities } from '../graph/article.js';
import type { ArticleParts, EntityListParts } from '../graph/parts.js';
import type { EntityLabel, EntityRecord } from '../graph/records.js';
import type { GraphContext } from './context.js';
import { entityPlan } from './entity-reads.js';
import {
  type CarriedRelation,
  type ChildField,
  carriedOrLoaded,
  carriedRelation,
  mergeParts,
  siteOf,
} from './reads.js';
import { ArticleRecords } from './record-kinds.js';
import { selectionOf } from './selection.js';

// The entities an article mentions (Article.entities, and its people, countries, cities and
// organizations): all read the article's mentioned entities, so an article's statement carries
// them once, in one slot, for all of these fields; each answers its own kind from it.

/** The labels a field of `label` (null: the field's `kind` argument, or all) answers. */
function labelsOf(label: EntityLabel | null, args: Record<string, unknown>): string[] | null {
  if (label) return [label];
  return typeof args.kind === 'string' ? [args.kind] : null;
}

const mergeEntityLists = (a: EntityListParts, b: EntityListParts): EntityListParts => ({
  labels: a.labels === null || b.labels === null ? null : [...new Set([...a.labels, ...b.labels])],
  entity: mergeParts(a.entity, b.entity),
});

/** The relation of an article's field listing mentioned entities of `label` (null: any kind). */
export function carriedEntities(label: EntityLabel | null): CarriedRelation<EntityListParts> {
  return carriedRelation<ArticleParts, EntityListParts>(ArticleRecords, 'entities', {
    plan: (child: ChildField, context) => ({
      parts: {
        labels: labelsOf(label, child.args),
        entity: entityPlan(child.values, child, context, false).parts,
      },
    }),
    merge: mergeEntityLists,
    answer: (carried, child) => {
      const labels = labelsOf(label, child.args);
      const entities = carried as EntityRecord[];
      return labels ? entities.filter((entity) => labels.includes(entity.kind)) : entities;
    },
  });
}

/**
 * A byPath loader of an article's mentioned entities (of one label, or all). The entities carry no
 * relations of their own: one entity is named by many of a batch's articles, and a carried page
 * would be read once per article that names it, where its own batch reads it once per entity.
 */
export function articleEntitiesLoader(label: EntityLabel | null) {
  return async (
    articleIds: string[],
    context: GraphContext,
    args: { kind?: string | null },
    info: GraphQLResolveInfo,
  ) => {
    const plan = entityPlan(selectionOf(info).values, siteOf(info), context, false);
    const labels = label ? [label] : args.kind ? [args.kind] : null;
    return carriedOrLoaded(context, info, articleIds, async (missing) => {
      const byArticle = await articleEntities(context.runner, missing, {
        labels,
        entity: plan.parts,
      });
      plan.prime(context, [...byArticle.values()].flat());
      return missing.map((id) => byArticle.get(id) ?? []);
    });
  };
}
