// Who invests in the organisation named $name?
MATCH (a)-[r:INVESTS_IN]->(b {name: $name}) RETURN a.name AS investor, r.modality AS modality ORDER BY investor
