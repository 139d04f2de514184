// Batch: the details of entities whose records were read without them ($withEntityDetails false: the
// request's document named none of these fields, but a record reached such a field anyway).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, e { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence } AS details
