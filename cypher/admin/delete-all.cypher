// Emptying a graph, step two (after admin/delete-all-relationships): the nodes, in batches.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
