// Ids made from names follow src/ingest/text-fold.ts, which writes German letters out ("Jürgen
// Müller" → person:juergen-mueller); older versions dropped their dots (person:jurgen-muller). A
// discovered person whose id is the old rule's slug of its name takes the new one; where a node
// has that id already (a curated person, or one written since), it takes over the relationships
// and the old node goes. Only names with those letters can differ, so only they are looked at;
// an id the old rule does not reproduce is left alone. A no-op once done.
MATCH (n:Person)
WITH n, normalize(n.name, NFC) AS name
WHERE name =~ '.*[äöüÄÖÜẞ].*'
WITH n, name, @german-transliteration(name) AS written
WITH n, @slug-before-transliteration(name) AS before, @slug-before-transliteration(written) AS after
WHERE n.id = 'person:' + before AND after <> before
WITH n, 'person:' + after AS newId
CALL (n, newId) {
  OPTIONAL MATCH (n_target:Entity {id: newId})
  CALL (n, newId, n_target) {
    WITH * WHERE n_target IS NULL
    SET n.id = newId
  }
  CALL (n, n_target) {
    WITH * WHERE n_target IS NOT NULL
    @move-relationships(n)
  }
}
