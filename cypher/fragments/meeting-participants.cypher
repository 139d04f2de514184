// Fragment: everyone at meeting node_ (in id order, as its participantIds), rows made by @row_.
COLLECT { MATCH (node_participant:Entity)-[:PARTICIPATED_IN]->(node_) WITH node_participant ORDER BY node_participant.id RETURN @row_(node_participant, parts_) }
