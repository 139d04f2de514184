// Batch: outlets with these ids.
UNWIND $ids AS id
MATCH (o:Outlet {id: id})
RETURN o {.id, .name} AS outlet
