// The people the graph knows by surname alone, of the surnames a page names ($surnames), each with
// the countries of the articles that mention them, the person an earlier merge made them (when the
// page wrote them anew), and every person named in full with that surname, with their role and
// countries: what src/ingest/discover/surname-merge.ts decides merges from.
// The hint keeps the name index a seek: planned on a freshly emptied graph's stale index sample,
// the lookup became a scan of every entity's name per surname.
UNWIND $surnames AS surname
MATCH (p:Entity {name: surname})
USING INDEX SEEK p:Entity(name)
WHERE p:Person AND p.status = 'DISCOVERED'
RETURN p.id AS id, p.role AS role,
       COLLECT { MATCH (p)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(c:Country) RETURN DISTINCT c.id } AS countryIds,
       COLLECT { MATCH (m:MergedPerson {id: p.id}) RETURN m.into }[0] AS mergedInto,
       COLLECT {
         MATCH (q:Person) WHERE q.name ENDS WITH ' ' + surname
         RETURN q {.id, .name, .role,
           countryIds: COLLECT { MATCH (q)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(c:Country) RETURN DISTINCT c.id }}
       } AS namesakes
