// Fragment: where meeting node_ was held (city and country ids, either may be null).
{
  placeId: [(node_)-[:HELD_IN]->(node_city:City) | node_city.id][0],
  countryId: [(node_)-[:IN_COUNTRY]->(node_country:Country) | node_country.id][0]
}
