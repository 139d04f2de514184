// Fragment: an entity's kind, the one of its labels that names a type of the API.
[node_label IN labels(node_) WHERE node_label IN ['Person', 'Country', 'City', 'Organization', 'Region']][0]
