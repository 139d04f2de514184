// Emptying a graph, step one: relationships in batches. Deleting nodes first would detach a
// popular node's hundred thousand relationships in one inner transaction, past the memory limit.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
