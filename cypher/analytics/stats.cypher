// Node counts for the domain labels and the relationship count, from the count store (cheap).
UNWIND ['Article', 'Outlet', 'Person', 'Country', 'City', 'Organization', 'Meeting'] AS label
CALL (label) {
  MATCH (n) WHERE label IN labels(n) RETURN count(n) AS nodes
}
WITH collect({label: label, count: nodes}) AS labels
CALL () {
  MATCH ()-[r]->() RETURN count(r) AS relationships
}
RETURN labels, relationships
