// Organisations two hops from $name through any typed relation.
MATCH (a {name: $name})-[r1]-(m)-[r2]-(c) WHERE label(r1) <> 'MENTIONS' AND label(r2) <> 'MENTIONS' AND c.name <> $name
RETURN DISTINCT c.name AS name ORDER BY name
