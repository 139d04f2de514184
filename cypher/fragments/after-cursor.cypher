// Fragment: article node_ comes after the keyset cursor parts_.cursorAt/cursorId (null on a first
// page) in ascending (publishedAt, id) order.
(parts_.cursorAt IS NULL
  OR node_.publishedAt > datetime(parts_.cursorAt)
  OR (node_.publishedAt = datetime(parts_.cursorAt) AND node_.id > parts_.cursorId))
