// Fragment: ends a WHERE over articles node_ with the keyset cursor test of parts_ in descending
// (publishedAt, id) order, and keeps the first parts_.limit in that order.
(parts_.cursorAt IS NULL
    OR node_.publishedAt < datetime(parts_.cursorAt)
    OR (node_.publishedAt = datetime(parts_.cursorAt) AND node_.id < parts_.cursorId))
  WITH node_ ORDER BY node_.publishedAt DESC, node_.id DESC LIMIT parts_.limit
