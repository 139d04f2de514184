// Full-text and range indexes populate in the background; wait so the first query can use them.
CALL db.awaitIndexes(300)
