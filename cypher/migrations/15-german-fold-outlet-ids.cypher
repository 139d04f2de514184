// As 14-german-fold-person-ids, for outlets named by a page ("Süddeutsche Zeitung":
// outlet:suddeutsche-zeitung → outlet:sueddeutsche-zeitung). A no-op once done.
MATCH (n:Outlet)
WITH n, normalize(n.name, NFC) AS name
WHERE name =~ '.*[äöüÄÖÜẞ].*'
WITH n, name, @german-transliteration(name) AS written
WITH n, @slug-before-transliteration(name) AS before, @slug-before-transliteration(written) AS after
WHERE n.id = 'outlet:' + before AND after <> before
WITH n, 'outlet:' + after AS newId
CALL (n, newId) {
  OPTIONAL MATCH (n_target:Outlet {id: newId})
  CALL (n, newId, n_target) {
    WITH * WHERE n_target IS NULL
    SET n.id = newId
  }
  CALL (n, n_target) {
    WITH * WHERE n_target IS NOT NULL
    @move-relationships(n)
  }
}
