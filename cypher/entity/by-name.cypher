// The entity best matching one of the candidate forms of a typed name: exact name first, then an
// alias, then an adjective stem; people before places on a tie. $candidates are lower-cased.
// An entity's details (other names, aliases, role, status, ISO code, evidence) only $withEntityDetails (see entity/details).
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
RETURN e {
  .id, .name,
  details: CASE WHEN $withEntityDetails THEN e { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } END,
  kind: [label IN labels(e) WHERE label IN ['Person', 'Country', 'City', 'Organization']][0]
} AS entity
