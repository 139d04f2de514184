// Fragment: the reporting sentences of meeting node_, in publishedAt order of the reports.
COLLECT { MATCH (node_report:Article)-[node_reports:REPORTS]->(node_) RETURN node_reports.evidence ORDER BY node_report.publishedAt, node_report.id }
