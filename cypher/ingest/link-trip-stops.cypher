// $pairs: [[meetingId, meetingId]]: stops of one trip (each pair once); the meetings exist by now.
UNWIND $pairs AS pair
MATCH (a:Meeting {id: pair[0]}), (b:Meeting {id: pair[1]})
MERGE (a)-[:SAME_TRIP]-(b)
