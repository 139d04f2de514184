// Places the NER named outside the catalog, kept as regions of no kind. A catalog region with the
// same id is never downgraded.
UNWIND $places AS row
MERGE (r:Region:Entity {id: row.id})
ON CREATE SET r.name = row.name, r.nameDe = row.name, r.nameEn = row.name, r.aliases = [],
              r.aliasText = '', r.status = 'DISCOVERED', r.evidence = row.evidence
