// Fragment: an entity record, carrying the relations parts_ names (one level: look-ahead).
node_ {
  @entity-fields(node_, parts_),
  articles: CASE WHEN parts_.articles IS NOT NULL THEN @entity-articles(node_, parts_.articles, article-record) END
}
