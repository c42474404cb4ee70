// Partners of $name, in either direction (partners-with is symmetric and stored once).
MATCH (a {name: $name})-[:PARTNERS_WITH]-(b) RETURN DISTINCT b.name AS partner ORDER BY partner
