// Fragment: an article record without relations (what a carried relation's rows are made of).
node_ { @article-fields(node_, parts_) }
