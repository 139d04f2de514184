// Floor for "a country's meetings, their participants and the first five reports".
MATCH (:Country {id: $countryId})-[:PARTICIPATED_IN]->(m:Meeting)
RETURN toString(m.date) AS date,
  COLLECT { MATCH (e:Entity)-[:PARTICIPATED_IN]->(m) RETURN e.name } AS participants,
  COLLECT { MATCH (a:Article)-[:REPORTS]->(m) WITH a ORDER BY a.publishedAt, a.id LIMIT 5 RETURN a.title } AS reportedBy
