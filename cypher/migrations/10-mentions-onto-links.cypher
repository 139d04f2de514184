// Graphs written before mentions moved onto the MENTIONS links kept a Mention node per occurrence
// ((Article)-[:HAS_MENTION]->(Mention)-[:REFERS_TO]->(Entity)): fold each article's into its
// links' lists, then delete them, an article at a time in batches. Found through the Mention
// label, so on a graph without them this reads nothing.
MATCH (:Mention)<-[:HAS_MENTION]-(a:Article)
WITH DISTINCT a
CALL (a) {
  MATCH (a)-[r:MENTIONS]->(e:Entity)
  CALL (a, r, e) {
    MATCH (a)-[:HAS_MENTION]->(m:Mention)-[:REFERS_TO]->(e)
    WITH m
    ORDER BY CASE m.field WHEN 'title' THEN 0 WHEN 'lead' THEN 1 ELSE 2 END, m.start
    WITH collect(m) AS occurrences
    SET r.count = size(occurrences),
        r.fields = [m IN occurrences | m.field],
        r.starts = [m IN occurrences | m.start],
        r.ends = [m IN occurrences | m.end],
        r.surfaces = [m IN occurrences | m.surface],
        r.kinds = [m IN occurrences | m.kind],
        r.sentences = [m IN occurrences | m.sentence]
  }
  WITH DISTINCT a
  MATCH (a)-[:HAS_MENTION]->(m:Mention)
  DETACH DELETE m
} IN TRANSACTIONS OF 100 ROWS
