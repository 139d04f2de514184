// Batch: per article, one page of its mentions in reading order (title, lead, body; then offset),
// rows $offset to $offset + $limit, and the total. Occurrences are the parallel lists on each
// MENTIONS link (see ingest/create-mentions).
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[r:MENTIONS]->(e:Entity)
  UNWIND range(0, size(r.starts) - 1) AS i
  WITH r, e, i
  ORDER BY CASE r.fields[i] WHEN 'title' THEN 0 WHEN 'lead' THEN 1 WHEN 'body' THEN 2 ELSE 3 END, r.starts[i], e.id
  SKIP $offset LIMIT $limit
  RETURN collect({
    surface: r.surfaces[i], field: r.fields[i], start: r.starts[i], end: r.ends[i],
    sentence: r.sentences[i], kind: r.kinds[i],
    entity: @entity-record(e, $entity)
  }) AS mentions
}
CALL (a) {
  MATCH (a)-[r:MENTIONS]->(:Entity)
  RETURN sum(r.count) AS total
}
RETURN id AS key, mentions, total
