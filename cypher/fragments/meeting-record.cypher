// Fragment: a meeting record without relations.
node_ { @meeting-fields(node_, parts_) }
