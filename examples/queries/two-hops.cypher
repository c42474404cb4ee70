// Entities two hops from $name through investment, partnership or hosting.
MATCH (a {name: $name})-[:INVESTS_IN|PARTNERS_WITH|HOSTS_ON]-(m)-[:INVESTS_IN|PARTNERS_WITH|HOSTS_ON|DEVELOPS]-(c)
WHERE c.name <> $name
RETURN DISTINCT c.name AS name ORDER BY name
