// Gives position $from the id $to; where a position has that id already, it takes over the
// relationships and $from goes (see src/graph/position-ids.ts).
MATCH (n:Position {id: $from})
OPTIONAL MATCH (n_target:Position {id: $to})
CALL (n, n_target) {
  WITH * WHERE n_target IS NULL
  SET n.id = $to
}
CALL (n, n_target) {
  WITH * WHERE n_target IS NOT NULL
  @move-relationships(n)
}
