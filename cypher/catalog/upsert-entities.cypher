// Curated entities. $entities: [{id, label (Person|Country|City|Organization|Region), name, nameDe,
// nameEn, aliases, role, isoCode, adjectiveStems, wikidataId, population, latitude, longitude,
// regionKind}]. Curated data wins over a person discovered earlier with the same id.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.label),
    e.name = row.name,
    e.nameDe = row.nameDe,
    e.nameEn = row.nameEn,
    e.aliases = row.aliases,
    e.aliasText = reduce(text = '', alias IN row.aliases | text + alias + ' | '),
    e.role = row.role,
    e.isoCode = row.isoCode,
    e.adjectiveStems = row.adjectiveStems,
    e.wikidataId = row.wikidataId,
    e.population = row.population,
    e.latitude = row.latitude,
    e.longitude = row.longitude,
    e.regionKind = row.regionKind,
    e.status = CASE row.label WHEN 'Person' THEN 'CURATED' ELSE null END
