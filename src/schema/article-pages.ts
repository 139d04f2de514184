import type { GraphQLResolveInfo } from 'graphql';
import { type ArticleRecord, pageOf } from '../graph/article.js';
import type { ArticlePageParts, ArticleParts } from '../graph/parts.js';
import type { KeyedPage, RecordPage } from '../graph/records.js';
import type { GraphContext } from './context.js';
import { decodeCursor } from './cursor.js';
import { pageSizeOf } from './limits.js';
import { toConnection } from './pagination.js';
import {
  type CarriedRelation,
  carriedOrLoaded,
  carriedRelation,
  type PlanContext,
  type PlanSite,
  planRecords,
  type RecordKind,
  type RecordPlan,
  type SlotKey,
  sameOrNone,
  siteOf,
} from './reads.js';
import { ArticleRecords } from './record-kinds.js';
import { type ConnectionSelection, type NodeSelection, selectionOf } from './selection.js';

// Pages of articles in publishedAt order: their cursors, what their records read, and the
// per-parent pages (Entity.articles, Meeting.reportedBy) that a parent's statement can carry.

/** Cursor key of an article in publishedAt order: the stored value with its zone, then the id.
 * Cursors are made only when resolved, and a selection with a cursor reads publishedAt, so a
 * missing value here would be a bug, not a page to guess at. */
export function articleCursorKey(article: ArticleRecord): unknown[] {
  const key = article.publishedAtKey;
  if (key === null || key === undefined)
    throw new Error('publishedAt was not read for this request');
  return [key, article.id];
}

export function articleCursor(
  after: string | null | undefined,
): { publishedAt: string; id: string } | null {
  if (!after) return null;
  const [publishedAt, id] = decodeCursor(after, 2);
  return { publishedAt: String(publishedAt), id: String(id) };
}

/** What article records selected like `values` read (cursors need publishedAt). */
export function articlePlan(
  values: readonly NodeSelection[],
  connection: ConnectionSelection,
  site: PlanSite,
  context: PlanContext,
  carry: boolean,
): RecordPlan<ArticleParts> {
  return planRecords(ArticleRecords, values, site, context, {
    carry,
    also: connection.cursors ? ['publishedAt'] : [],
  });
}

interface PageArgs {
  first?: unknown;
  after?: unknown;
  from?: unknown;
  to?: unknown;
}

/** One per-parent page of articles as a field's arguments and selection ask for it. */
function articlePageRequest(
  args: PageArgs,
  selected: { values: NodeSelection[]; connection: ConnectionSelection },
  site: PlanSite,
  context: PlanContext,
  carry: boolean,
) {
  const limit = pageSizeOf(args.first as number | null | undefined, context.limits);
  const after = articleCursor(args.after as string | null | undefined);
  const plan = articlePlan(selected.values, selected.connection, site, context, carry);
  const page: ArticlePageParts = {
    limit: limit + 1,
    cursorAt: after?.publishedAt ?? null,
    cursorId: after?.id ?? null,
    from: (args.from as string | null | undefined) ?? null,
    to: (args.to as string | null | undefined) ?? null,
    total: selected.connection.totalCount,
    article: plan.parts,
  };
  return { limit, hadAfter: after !== null, plan, page };
}

/**
 * A per-parent page of articles that `kind` records can carry in `slot` (Entity.articles,
 * Meeting.reportedBy); with `nests`, the page's rows are carrying article records.
 */
export function articlePageRelation<Parts>(
  kind: RecordKind<Parts>,
  slot: SlotKey<Parts, ArticlePageParts>,
  nests: boolean,
): CarriedRelation<ArticlePageParts> {
  return carriedRelation<Parts, ArticlePageParts>(kind, slot, {
    nests,
    plan: (child, context, carry) => {
      const request = articlePageRequest(child.args, child, child, context, carry);
      return { parts: request.page, rows: carry ? request.plan : undefined };
    },
    merge: sameOrNone,
    answer: (carried) => pageOf(carried as RecordPage<ArticleRecord>),
    records: (carried) => (carried as RecordPage<ArticleRecord>).rows,
  });
}

/** A byPath loader's connections of per-parent article pages: carried by the parents' statement, or read by `read`. */
export async function articlePages(
  ids: readonly string[],
  context: GraphContext,
  args: PageArgs,
  info: GraphQLResolveInfo,
  read: (ids: string[], page: ArticlePageParts) => Promise<KeyedPage<ArticleRecord>[]>,
) {
  const { limit, hadAfter, plan, page } = articlePageRequest(
    args,
    selectionOf(info),
    siteOf(info),
    context,
    true,
  );
  const pages = await carriedOrLoaded<RecordPage<ArticleRecord>>(
    context,
    info,
    ids,
    async (missing) => {
      const fetched = await read(missing, page);
      plan.prime(
        context,
        fetched.flatMap((found) => found.rows),
      );
      const byKey = new Map(fetched.map((found) => [found.key, found]));
      // A parent that no longer exists has no articles.
      return missing.map((id) => byKey.get(id) ?? { rows: [], total: 0 });
    },
  );
  return pages.map((found) =>
    toConnection(found.rows, limit, found.total ?? null, hadAfter, articleCursorKey),
  );
}
