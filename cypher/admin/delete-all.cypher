// Tests and `reset`: empty the graph in batches, so large graphs do not need one huge transaction.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
