// Fragment: a whole statement: one page of all articles (node_) after a keyset cursor, in the order
// the fragment @row_ gives (it ends the page's WHERE with the cursor test, then orders and limits),
// with the total matching the filter when parts_.total (null otherwise). parts_ is an
// ArticleListParts: published in [from, to), mentioning every entity in mentions, matching the
// full-text query text (each null for no filter), cursorAt/cursorId null on a first page, and
// parts_.article what the records read. The page's range predicate is always there (open ends made
// explicit) so that the publishedAt index gives the order and LIMIT stops the scan early.
// Full-text hits only when a query is given (CASE does not evaluate the other branch).
WITH CASE WHEN parts_.text IS NULL THEN null
  ELSE COLLECT { CALL db.index.fulltext.queryNodes('article_text', parts_.text) YIELD node RETURN node.id }
END AS textHits
WITH textHits, CASE WHEN parts_.total THEN COUNT {
  MATCH (node_counted:Article)
  WHERE (parts_.from IS NULL OR node_counted.publishedAt >= datetime(parts_.from))
    AND (parts_.to IS NULL OR node_counted.publishedAt < datetime(parts_.to))
    AND (parts_.mentions IS NULL OR all(entityId IN parts_.mentions WHERE EXISTS { (node_counted)-[:MENTIONS]->(:Entity {id: entityId}) }))
    AND (textHits IS NULL OR node_counted.id IN textHits)
} END AS total
CALL (textHits) {
  MATCH (node_:Article)
  WHERE node_.publishedAt >= datetime(coalesce(parts_.from, '0001-01-01T00:00:00Z'))
    AND node_.publishedAt < datetime(coalesce(parts_.to, '9999-12-31T23:59:59Z'))
    AND (parts_.mentions IS NULL OR all(entityId IN parts_.mentions WHERE EXISTS { (node_)-[:MENTIONS]->(:Entity {id: entityId}) }))
    AND (textHits IS NULL OR node_.id IN textHits)
    AND @row_(node_, parts_)
  RETURN collect(@article(node_, parts_.article)) AS articles
}
RETURN total, articles
