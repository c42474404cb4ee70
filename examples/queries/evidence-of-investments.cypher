// Every investment with the sentences that support it.
MATCH (a)-[r:INVESTS_IN]->(b) MATCH (e:Evidence) WHERE e.relation_id = r.id
RETURN a.name AS investor, b.name AS investee, e.text AS sentence ORDER BY investor, investee, sentence
