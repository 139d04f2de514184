// Root lists of one kind of entity, by name (ties by id), keyset-paged; $status filters people.
CALL () {
  MATCH (e:Entity)
  WHERE $label IN labels(e) AND ($status IS NULL OR e.status = $status)
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Entity)
  WHERE $label IN labels(e) AND ($status IS NULL OR e.status = $status)
    AND ($cursorName IS NULL OR e.name > $cursorName OR (e.name = $cursorName AND e.id > $cursorId))
  WITH e ORDER BY e.name, e.id LIMIT $limit
  RETURN collect(@entity(e, $entity)) AS entities
}
RETURN total, entities
