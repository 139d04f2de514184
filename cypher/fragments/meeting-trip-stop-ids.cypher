// Fragment: the other stops of the trip meeting node_ was a stop of, by date (undated last), then id.
COLLECT { MATCH (node_)-[:SAME_TRIP]-(node_stop:Meeting) WITH DISTINCT node_stop ORDER BY node_stop.date IS NULL, node_stop.date, node_stop.id RETURN node_stop.id }
