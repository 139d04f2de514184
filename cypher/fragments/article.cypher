// Fragment: an article record, carrying the relations parts_ names (their rows are plain records).
node_ {
  @article-fields(node_, parts_),
  entities: CASE WHEN parts_.entities IS NOT NULL THEN @article-entities(node_, parts_.entities, entity-record) END
}
