// Member states of formats and alliances from the catalog: (Country)-[:MEMBER_OF]->(Organization).
UNWIND $memberships AS row
MATCH (c:Country {id: row.countryId})
MATCH (o:Organization {id: row.organizationId})
MERGE (c)-[:MEMBER_OF]->(o)
