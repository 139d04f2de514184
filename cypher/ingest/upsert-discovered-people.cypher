// People found by context cues. A curated person with the same id is never downgraded.
UNWIND $people AS row
MERGE (p:Person:Entity {id: row.id})
ON CREATE SET p.name = row.name, p.nameDe = row.name, p.nameEn = row.name, p.aliases = [],
              p.aliasText = '', p.role = row.role, p.status = 'DISCOVERED', p.evidence = row.evidence
