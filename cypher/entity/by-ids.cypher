// Batch: entities (Person, Country, City, Organization) with these ids; $entity is EntityParts.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN @entity-record(e, $entity) AS entity
