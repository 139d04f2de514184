// Fragment: the ids of everyone at meeting node_, in id order.
COLLECT { MATCH (node_participant:Entity)-[:PARTICIPATED_IN]->(node_) RETURN node_participant.id ORDER BY node_participant.id }
