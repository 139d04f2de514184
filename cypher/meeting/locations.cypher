// Batch: where meetings were held (city and country ids, either may be null), for records that were
// read without it ($withLocation false: the request's document named neither `place` nor
// `country`, but a record reached such a field anyway). Missing ids are simply absent.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, {
  placeId: [(m)-[:HELD_IN]->(c:City) | c.id][0],
  countryId: [(m)-[:IN_COUNTRY]->(c:Country) | c.id][0]
} AS location
