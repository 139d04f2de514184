// Tests: every node with an id, its labels and its relationships (type, direction, other end, count).
MATCH (n)
WHERE n.id IS NOT NULL
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(other)
  WITH r, other ORDER BY type(r), other.id
  RETURN collect(CASE WHEN r IS NULL THEN null
    ELSE type(r) + (CASE WHEN startNode(r) = n THEN '>' ELSE '<' END) + other.id
      + coalesce(' ' + toString(r.count), '') END) AS links
}
RETURN n.id AS id, n.name AS name, links
ORDER BY id
