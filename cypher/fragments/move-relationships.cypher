// Fragment: moves every relationship of node_ onto node_target (a variable the includer binds),
// then deletes node_. A relationship of a type the target already has to the same other node
// keeps the target's properties; one between the two nodes themselves is dropped.
CALL (node_, node_target) {
  MATCH (node_)-[node_out]->(node_other)
  WHERE node_other <> node_target
  MERGE (node_target)-[node_moved:$(type(node_out))]->(node_other)
  ON CREATE SET node_moved = properties(node_out)
}
CALL (node_, node_target) {
  MATCH (node_)<-[node_in]-(node_other)
  WHERE node_other <> node_target
  MERGE (node_other)-[node_moved:$(type(node_in))]->(node_target)
  ON CREATE SET node_moved = properties(node_in)
}
DETACH DELETE node_
