// Tests: one throwaway node.
CREATE (:Probe {name: $name})
