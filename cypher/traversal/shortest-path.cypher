// The shortest path between two nodes over the knowledge relationships (not through Mention
// nodes), at most $maxHops long (the pattern caps at 6, the API's limit).
MATCH (from {id: $from}), (to {id: $to})
WHERE NOT from:Mention AND NOT to:Mention
MATCH path = shortestPath((from)-[:MENTIONS|CITIZEN_OF|LOCATED_IN|HELD_IN|IN_COUNTRY|PARTICIPATED_IN|REPORTS|PUBLISHED_BY*..6]-(to))
WHERE length(path) <= $maxHops
RETURN [node IN nodes(path) | {id: node.id, label: labels(node)[0]}] AS nodes,
       [rel IN relationships(path) | {from: startNode(rel).id, to: endNode(rel).id, type: type(rel)}] AS edges
