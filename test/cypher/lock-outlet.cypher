// Takes the write lock of an outlet (held until the caller's transaction ends), to make an
// ingest of a page of that outlet wait: how tests produce a slow statement on demand.
MERGE (o:Outlet {id: $id})
SET o.name = $name
