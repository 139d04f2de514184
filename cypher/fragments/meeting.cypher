// Fragment: a meeting record, carrying the relations parts_ names (their rows are plain records).
node_ {
  @meeting-fields(node_, parts_),
  participants: CASE WHEN parts_.participants IS NOT NULL THEN @meeting-participants(node_, parts_.participants, entity-record) END,
  reportedBy: CASE WHEN parts_.reportedBy IS NOT NULL THEN @meeting-reports(node_, parts_.reportedBy, article-record) END
}
