// After 12-split-undated-meetings: a meeting that gave reports away keeps only the participants
// one of its remaining reporting articles mentions. The mark is removed, so this runs once.
MATCH (split:Meeting)
WHERE split.splitFrom IS NOT NULL
WITH DISTINCT split.splitFrom AS originalId, collect(split) AS splits
CALL (originalId) {
  MATCH (e:Entity)-[p:PARTICIPATED_IN]->(:Meeting {id: originalId})
  WHERE NOT EXISTS {
    MATCH (a:Article)-[:REPORTS]->(:Meeting {id: originalId})
    WHERE (a)-[:MENTIONS]->(e)
  }
  DELETE p
}
FOREACH (s IN splits | REMOVE s.splitFrom)
