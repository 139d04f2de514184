// Tests: one record far larger than a Bolt chunk, of maps with multi-byte strings and numbers.
RETURN [i IN range(1, $count) | {id: 'node:' + toString(i), name: $name + toString(i), n: i, x: i / 4.0}] AS rows
