// The shortest path between two nodes over the knowledge relationships,
// at most $maxHops long (the pattern caps at 6, the API's limit).
// Endpoints through the id constraints of each label (an unlabelled lookup scans every node).
CALL () {
  MATCH (n:Entity {id: $from}) RETURN n AS from
  UNION MATCH (n:Article {id: $from}) RETURN n AS from
  UNION MATCH (n:Meeting {id: $from}) RETURN n AS from
  UNION MATCH (n:Outlet {id: $from}) RETURN n AS from
}
CALL () {
  MATCH (n:Entity {id: $to}) RETURN n AS to
  UNION MATCH (n:Article {id: $to}) RETURN n AS to
  UNION MATCH (n:Meeting {id: $to}) RETURN n AS to
  UNION MATCH (n:Outlet {id: $to}) RETURN n AS to
}
MATCH path = shortestPath((from)-[:MENTIONS|CITIZEN_OF|LOCATED_IN|HELD_IN|IN_COUNTRY|PARTICIPATED_IN|REPORTS|PUBLISHED_BY*..6]-(to))
WHERE length(path) <= $maxHops
RETURN [node IN nodes(path) | {id: node.id, label: labels(node)[0]}] AS nodes,
       [rel IN relationships(path) | {from: startNode(rel).id, to: endNode(rel).id, type: type(rel)}] AS edges
