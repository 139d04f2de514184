MERGE (o:Outlet {id: $outlet.id})
SET o.name = $outlet.name
