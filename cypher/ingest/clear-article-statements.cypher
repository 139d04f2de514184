// Before (re)writing an article's quotes and positions: its quotes go, and its reports of
// positions; a position no article reports any more goes with them. A reload replaces, never adds.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (q:Quote)-[:IN]->(a)
  DETACH DELETE q
}
CALL (a) {
  MATCH (pos:Position)-[r:REPORTED_IN]->(a)
  DELETE r
  WITH DISTINCT pos
  WHERE NOT EXISTS { (pos)-[:REPORTED_IN]->() } AND NOT coalesce(pos.curated, false)
  DETACH DELETE pos
}
