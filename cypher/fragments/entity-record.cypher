// Fragment: an entity record without relations (what a carried relation's rows are made of).
node_ { @entity-fields(node_, parts_) }
