// Batch: the catalog facts of entities (Wikidata item; for cities population and coordinates; for
// regions their kind and coordinates).
// Read apart from the entity records: few requests name them, and the records stay as they are.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, e { .wikidataId, .population, .latitude, .longitude, .regionKind } AS facts
