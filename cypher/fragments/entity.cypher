// Fragment: an entity record, carrying the relations parts_ names. Its relations' rows are carrying
// records too (two levels of look-ahead from an entity); theirs are plain records.
node_ {
  @entity-fields(node_, parts_),
  articles: CASE WHEN parts_.articles IS NOT NULL THEN @entity-articles(node_, parts_.articles, article) END,
  meetings: CASE WHEN parts_.meetings IS NOT NULL THEN @entity-meetings(node_, parts_.meetings, meeting) END
}
