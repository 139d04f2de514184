// The entity best matching one of the candidate forms of a typed name: exact name first, then an
// alias, then an adjective stem; people before places on a tie. $candidates are lower-cased.
MATCH (e:Entity)
WHERE toLower(e.name) IN $candidates
   OR any(alias IN e.aliases WHERE toLower(alias) IN $candidates)
   OR any(stem IN coalesce(e.adjectiveStems, []) WHERE stem IN $candidates)
WITH e,
  CASE
    WHEN toLower(e.name) = $candidates[0] THEN 0
    WHEN any(alias IN e.aliases WHERE toLower(alias) = $candidates[0]) THEN 1
    WHEN toLower(e.name) IN $candidates THEN 2
    WHEN any(alias IN e.aliases WHERE toLower(alias) IN $candidates) THEN 3
    ELSE 4
  END AS rank,
  CASE WHEN e:Person THEN 0 WHEN e:Country THEN 1 WHEN e:City THEN 2 ELSE 3 END AS labelRank
ORDER BY rank, labelRank, e.id
LIMIT 1
RETURN @entity(e, $entity) AS entity
