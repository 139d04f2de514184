// Tests: a link of a kind no merge knows, from a person to a throwaway node.
MATCH (p:Person {id: $id})
CREATE (p)-[:STUDIED_BY]->(:Probe {name: $id})
