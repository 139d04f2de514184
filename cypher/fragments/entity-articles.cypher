// Fragment: one page of the articles mentioning entity node_, published in [from, to) (either may
// be null), in publishedAt order after the page's keyset cursor; rows made by @row_, and the total
// only when parts_.total (it scans every match, where the page stops at its limit).
{
  rows: COLLECT {
    MATCH (node_)<-[:MENTIONS]-(node_article:Article)
    WHERE (parts_.from IS NULL OR node_article.publishedAt >= datetime(parts_.from))
      AND (parts_.to IS NULL OR node_article.publishedAt < datetime(parts_.to))
      AND @after-cursor(node_article, parts_)
    WITH node_article ORDER BY node_article.publishedAt, node_article.id LIMIT parts_.limit
    RETURN @row_(node_article, parts_.article)
  },
  total: CASE WHEN parts_.total THEN COUNT {
    MATCH (node_)<-[:MENTIONS]-(node_counted:Article)
    WHERE (parts_.from IS NULL OR node_counted.publishedAt >= datetime(parts_.from))
      AND (parts_.to IS NULL OR node_counted.publishedAt < datetime(parts_.to))
  } END
}
