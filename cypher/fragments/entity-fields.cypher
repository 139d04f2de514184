// Fragment: the fields of an entity record; parts_ is EntityParts (src/graph/parts.ts).
.id, .name,
details: CASE WHEN parts_.details THEN @entity-details(node_) END,
kind: @entity-kind(node_)
