// Fragment: ends a WHERE over articles node_ with the keyset cursor test of parts_ in ascending
// (publishedAt, id) order, and keeps the first parts_.limit in that order.
@after-cursor(node_, parts_)
  WITH node_ ORDER BY node_.publishedAt, node_.id LIMIT parts_.limit
