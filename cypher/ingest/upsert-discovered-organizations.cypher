// Organisations found by the NER or an institution's head noun. A curated one with the same id is never downgraded.
UNWIND $organizations AS row
MERGE (o:Organization:Entity {id: row.id})
ON CREATE SET o.name = row.name, o.nameDe = row.name, o.nameEn = row.name, o.aliases = [],
              o.aliasText = '', o.status = 'DISCOVERED', o.evidence = row.evidence
