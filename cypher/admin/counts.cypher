// Node counts per label and the relationship count (for tests and dashboards).
CALL () {
  MATCH (n) UNWIND labels(n) AS label
  WITH label, count(*) AS nodes
  RETURN collect({label: label, count: nodes}) AS labels
}
CALL () {
  MATCH ()-[r]->() RETURN count(r) AS relationships
}
RETURN labels, relationships
