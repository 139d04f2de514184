// @neo4j/graphql peer, Query.shortestPathLength (an @cypher field): between two entities, ≤ 4 hops.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = shortestPath((a)-[:MENTIONS|CITIZEN_OF|LOCATED_IN|HELD_IN|IN_COUNTRY|PARTICIPATED_IN|REPORTS|PUBLISHED_BY*..4]-(b))
RETURN length(path) AS length
