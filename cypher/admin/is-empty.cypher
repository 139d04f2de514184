// True when the graph holds no article yet (the seed has not been loaded).
RETURN NOT EXISTS { MATCH (:Article) } AS empty
