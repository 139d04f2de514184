// Fragment: one page of the articles reporting meeting node_, in publishedAt order after the
// page's keyset cursor; rows made by @row_, and the total only when parts_.total.
{
  rows: COLLECT {
    MATCH (node_report:Article)-[:REPORTS]->(node_)
    WHERE @after-cursor(node_report, parts_)
    WITH node_report ORDER BY node_report.publishedAt, node_report.id LIMIT parts_.limit
    RETURN @row_(node_report, parts_.article)
  },
  total: CASE WHEN parts_.total THEN COUNT { (:Article)-[:REPORTS]->(node_) } END
}
