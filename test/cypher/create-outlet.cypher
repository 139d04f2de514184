// Tests: a bare CREATE, to show the uniqueness constraint refusing a second node with an id.
CREATE (:Outlet {id: $id, name: $name})
