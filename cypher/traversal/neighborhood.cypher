// The nodes within $depth hops of a node (nearest first, at most $limit + 1 so the caller can tell
// it truncated) and the relationships among them.
// The start through the id constraints of each label (an unlabelled lookup scans every node).
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n AS start
  UNION MATCH (n:Article {id: $id}) RETURN n AS start
  UNION MATCH (n:Meeting {id: $id}) RETURN n AS start
  UNION MATCH (n:Outlet {id: $id}) RETURN n AS start
}
OPTIONAL MATCH path = (start)-[:MENTIONS|CITIZEN_OF|LOCATED_IN|HELD_IN|IN_COUNTRY|PARTICIPATED_IN|REPORTS|PUBLISHED_BY*1..3]-(other)
WHERE length(path) <= $depth AND other <> start
WITH start, other, min(length(path)) AS hops
ORDER BY hops, other.id
WITH start, collect(other)[0..$limit + 1] AS reached
WITH start, reached, [start] + reached[0..$limit] AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[rel:MENTIONS|CITIZEN_OF|LOCATED_IN|HELD_IN|IN_COUNTRY|PARTICIPATED_IN|REPORTS|PUBLISHED_BY]->(b)
  WHERE b IN kept
  RETURN collect({from: a.id, to: b.id, type: type(rel)}) AS edges
}
RETURN [node IN kept | {id: node.id, label: labels(node)[0]}] AS nodes, edges, size(reached) > $limit AS truncated
