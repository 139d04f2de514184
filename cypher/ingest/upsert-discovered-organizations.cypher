// Organisations found by the NER or an institution's head noun. A curated one with the same id is never downgraded.
UNWIND $organizations AS row
MERGE (o:Organization:Entity {id: row.id})
ON CREATE SET o.name = row.name, o.nameDe = row.name, o.nameEn = row.name, o.aliases = [],
              o.aliasText = '', o.status = 'DISCOVERED', o.evidence = row.evidence
WITH o, row
// A state's institution named by its country ("das französische Außenministerium") lies in it.
CALL (o, row) {
  WITH o, row WHERE row.countryId IS NOT NULL
  MATCH (c:Country {id: row.countryId})
  MERGE (o)-[:LOCATED_IN]->(c)
}
