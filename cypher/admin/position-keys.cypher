// What a position's id is made of (src/ingest/quotes/index.ts positionId), for the positions whose
// id the fold before migration 14 can have made otherwise: a German letter in the title or in the
// holder's name (the person id is made of the name).
MATCH (p:Person)-[:HOLDS]->(pos:Position)
WHERE normalize(pos.title, NFC) =~ '.*[äöüÄÖÜẞ].*' OR normalize(p.name, NFC) =~ '.*[äöüÄÖÜẞ].*'
OPTIONAL MATCH (pos)-[:AT]->(o:Organization)
OPTIONAL MATCH (pos)-[:FOR]->(c:Country)
RETURN pos.id AS id, pos.title AS title, p.id AS personId, p.name AS personName,
  o.id AS organizationId, c.id AS countryId
