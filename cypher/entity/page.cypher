// Root lists of one kind of entity, by name (ties by id), keyset-paged; $status filters people.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
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
  RETURN collect(e {
    .id, .name,
    details: CASE WHEN $withEntityDetails THEN e { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
    kind: [label IN labels(e) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
  }) AS entities
}
RETURN total, entities
