// kg viewer: search, expand neighbours, filter, read the evidence of an edge.
// Works against the API, or offline on data embedded as window.KG_DATA by `kg export --format html`.
(function () {
  "use strict";
  // the palette and the vocabulary come from the server (kg.exports.viewer_config: the ontology and the palette
  // every export uses), inlined in the page as window.KG_CONFIG
  const CONFIG = window.KG_CONFIG;
  const COLOURS = CONFIG.colours;
  const STYLES = CONFIG.styles;
  const SYMMETRIC = new Set(CONFIG.symmetric);
  const MODALITIES = CONFIG.modalities;
  const offline = window.KG_DATA || null;
  const $ = (id) => document.getElementById(id);
  const cy = cytoscape({
    container: $("graph"),
    style: [
      {selector: "node", style: {"label": "data(label)", "background-color": "data(color)", "color": "#222",
                                 "font-size": 10, "text-valign": "bottom", "width": 28, "height": 28}},
      {selector: "edge", style: {"label": "data(relation)", "curve-style": "bezier", "target-arrow-shape": "triangle",
                                 "line-style": "data(lineStyle)", "font-size": 7, "width": 2, "color": "#555",
                                 "text-rotation": "autorotate", "text-background-color": "#fff",
                                 "text-background-opacity": 0.8, "line-color": "#888", "target-arrow-color": "#888"}},
      {selector: "edge[?symmetric]", style: {"target-arrow-shape": "none"}},
      {selector: "edge[?bold]", style: {"width": 3.5}},
      {selector: "edge:selected", style: {"line-color": "#d62728", "target-arrow-color": "#d62728", "width": 4}},
      {selector: ".hidden", style: {"display": "none"}},
    ],
  });
  window.kgViewer = cy;

  async function getJSON(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error((await response.json()).detail || response.statusText);
    return response.json();
  }
  function text(tag, value) { const el = document.createElement(tag); el.textContent = value; return el; }

  function addGraph(graph) {
    for (const node of graph.nodes) {
      if (cy.getElementById(node.id).empty()) {
        cy.add({group: "nodes", data: {id: node.id, label: node.name, type: node.type,
                                       color: COLOURS[node.type] || "#bab0ac"}});
      }
    }
    for (const edge of graph.edges) {
      if (cy.getElementById(edge.id).empty()) {
        cy.add({group: "edges", data: {id: edge.id, source: edge.subject.id, target: edge.object.id,
                                       relation: edge.relation, modality: edge.modality,
                                       lineStyle: STYLES[edge.relation] === "bold" ? "solid" : STYLES[edge.relation] || "solid",
                                       bold: STYLES[edge.relation] === "bold", record: edge,
                                       symmetric: SYMMETRIC.has(edge.relation)}});
        const select = $("relation");
        if (![...select.options].some((o) => o.value === edge.relation)) {
          select.add(new Option(edge.relation, edge.relation));
        }
      }
    }
    applyFilters();
    layout();
  }

  function layout() {
    // concentric puts the best-connected entity in the middle; it is deterministic, unlike cose
    cy.layout({name: $("layout").value, animate: false, padding: 40, minNodeSpacing: 40,
               concentric: (node) => node.degree()}).run();
    if (cy.zoom() > 2) { cy.zoom(2); cy.center(); }
  }

  function neighbourhood(id) {
    if (offline) {
      const edges = offline.edges.filter((e) => e.subject.id === id || e.object.id === id);
      const ids = new Set(edges.flatMap((e) => [e.subject.id, e.object.id]).concat([id]));
      return Promise.resolve({nodes: offline.nodes.filter((n) => ids.has(n.id)), edges});
    }
    return getJSON(`/entities/${encodeURIComponent(id)}/graph?depth=1`);
  }

  function search(q) {
    if (offline) {
      const needle = q.toLowerCase();
      return Promise.resolve({items: offline.nodes.filter((n) => n.name.toLowerCase().includes(needle))});
    }
    return getJSON(`/entities?q=${encodeURIComponent(q)}&limit=10`);
  }

  function applyFilters() {
    const relation = $("relation").value, modality = $("modality").value;
    cy.edges().forEach((edge) => {
      const keep = (!relation || edge.data("relation") === relation) && (!modality || edge.data("modality") === modality);
      edge.toggleClass("hidden", !keep);
    });
  }

  function showEvidence(record) {
    const panel = $("panel");
    panel.replaceChildren();
    panel.append(text("h2", `${record.subject.name} ${record.relation} ${record.object.name}`));
    panel.append(text("p", `modality: ${record.modality}, confidence: ${record.confidence}`));
    const qualifiers = Object.entries(record.qualifiers || {}).filter(([k]) => k !== "trigger");
    if (qualifiers.length) panel.append(text("pre", JSON.stringify(Object.fromEntries(qualifiers), null, 1)));
    panel.append(text("h3", `Evidence (${record.evidence.length})`));
    for (const evidence of record.evidence) {
      const quote = text("blockquote", evidence.text);
      quote.className = "evidence";
      panel.append(quote);
      const source = document.createElement(offline ? "span" : "a");
      source.textContent = `document ${evidence.document}, characters ${evidence.start}-${evidence.end}`;
      if (!offline) source.href = `/documents/${encodeURIComponent(evidence.document)}`;
      panel.append(source);
    }
  }

  $("search").addEventListener("submit", async (event) => {
    event.preventDefault();
    const list = $("results");
    list.replaceChildren();
    const found = await search($("q").value);
    for (const entity of found.items) {
      const item = text("li", `${entity.name} (${entity.type})`);
      item.dataset.id = entity.id;
      item.addEventListener("click", async () => addGraph(await neighbourhood(entity.id)));
      list.append(item);
    }
  });
  cy.on("tap", "node", async (event) => addGraph(await neighbourhood(event.target.id())));
  cy.on("tap", "edge", (event) => showEvidence(event.target.data("record")));
  $("relation").addEventListener("change", applyFilters);
  $("modality").addEventListener("change", applyFilters);
  $("layout").addEventListener("change", layout);
  for (const modality of MODALITIES) $("modality").add(new Option(modality, modality));
  const legend = $("legend");
  for (const [type, colour] of Object.entries(COLOURS)) {
    const entry = text("span", type);
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour;
    entry.prepend(swatch);
    legend.append(entry);
  }
  const byStyle = {};
  for (const [relation, style] of Object.entries(STYLES)) (byStyle[style] = byStyle[style] || []).push(relation);
  legend.append(text("span", "edges: " + Object.entries(byStyle).map(([style, relations]) =>
    `${style} = ${relations.join(", ")}`).join("; ")));
})();
