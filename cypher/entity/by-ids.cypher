// Batch: entities (Person, Country, City, Organization) with these ids; $entity is EntityParts
// (node(id) may carry their relations; node loaders read light records).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN @entity(e, $entity) AS entity
