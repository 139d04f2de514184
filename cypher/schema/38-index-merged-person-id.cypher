// The ids of people merged into another (cypher/ingest/merge-people.cypher), looked up on reloads.
CREATE RANGE INDEX merged_person_id IF NOT EXISTS
FOR (m:MergedPerson) ON (m.id)
