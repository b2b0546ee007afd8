// How the concept map looks: Cytoscape.js style sheet, layout and fitting.
//
// Sizes are in the graph's units; at the zoom that fits the seeds (about 0.5 at
// 1280×800) the most central concepts keep a label of about 9 px on screen, and the
// least central lose theirs until the reader zooms in or selects a neighbour
// (`min-zoomed-font-size`): 51 labels at once would cover each other.

const NODE_SIZE = [22, 70]; // least to most central
const LABEL_SIZE = [13, 19];
const EDGE_WIDTH = [0.8, 9];
const SMALLEST_LABEL_ON_SCREEN = 7; // px

function range(values) {
  const finite = values.filter(Number.isFinite);
  const low = finite.length ? Math.min(...finite) : 0;
  const high = finite.length ? Math.max(...finite) : 1;
  return high > low ? [low, high] : [low, low + 1];
}

export function graphStyle(network) {
  const [lowRank, highRank] = range(network.concepts.map((c) => c.centrality.pagerank));
  const [, highStrength] = range(network.links.map((l) => l.strength));
  const byRank = ([small, large]) =>
    `mapData(pagerank, ${lowRank}, ${highRank}, ${small}, ${large})`;
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        'border-width': 1.5,
        'border-color': '#ffffff',
        width: byRank(NODE_SIZE),
        height: byRank(NODE_SIZE),
        label: 'data(name)',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'font-size': byRank(LABEL_SIZE),
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 150,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'min-zoomed-font-size': SMALLEST_LABEL_ON_SCREEN,
        'z-index-compare': 'manual', // so that the selected concept's label lies above its links
        'z-index': 5,
      },
    },
    { selector: 'node[kind = "MODEL"]', style: { shape: 'round-diamond' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'line-color': '#7a7a7a',
        width: `mapData(strength, 0, ${highStrength}, ${EDGE_WIDTH[0]}, ${EDGE_WIDTH[1]})`,
        opacity: `mapData(strength, 0, ${highStrength}, 0.1, 0.55)`,
        'z-index-compare': 'manual',
        'z-index': 1,
      },
    },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.25, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.04 } },
    // the selected concept's neighbours keep their labels, whatever their centrality
    { selector: 'node.neighbour', style: { 'font-size': LABEL_SIZE[1], 'z-index': 8 } },
    {
      selector: 'edge.highlighted',
      style: { 'line-color': '#1a1a1a', opacity: 0.8, 'z-index': 3 },
    },
    {
      selector: 'node.chosen',
      style: {
        'border-width': 5,
        'border-color': '#000000',
        label: '', // the page draws it above the links (see concept-map.js)
        'z-index': 20,
      },
    },
  ];
}

// Force-directed (Cytoscape's own CoSE), started from a fixed arrangement so that the
// same corpus in the same window gives the same picture on every visit (CoSE spreads
// the graph over the canvas, so another window size gives another picture). Strong
// links pull harder.
export function layoutOptions(network) {
  const [, highStrength] = range(network.links.map((l) => l.strength));
  return {
    name: 'cose',
    animate: false,
    randomize: false,
    fit: false, // fitView instead: it fits the nodes, not their labels
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 200000,
    idealEdgeLength: (edge) => 40 + 160 * (1 - edge.data('strength') / highStrength),
    edgeElasticity: (edge) => 10 + 300 * (edge.data('strength') / highStrength),
    gravity: 250, // dense graphs spread thin without it; this keeps the map near square
    numIter: 2500,
    componentSpacing: 60,
  };
}

/** Starting positions: themes on a circle, members around their theme's centre. */
export function themeCirclePositions(network) {
  const positions = new Map();
  const themeCount = Math.max(1, network.themes.length);
  const members = new Map();
  for (const concept of network.concepts) {
    const list = members.get(concept.themeIndex) ?? [];
    list.push(concept);
    members.set(concept.themeIndex, list);
  }
  for (const [themeIndex, list] of members) {
    const angle = (2 * Math.PI * Math.max(0, themeIndex)) / themeCount;
    const centre = { x: 400 * Math.cos(angle), y: 400 * Math.sin(angle) };
    list.forEach((concept, i) => {
      const a = (2 * Math.PI * i) / list.length;
      const r = 40 + 8 * list.length;
      positions.set(concept.id, { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
    });
  }
  return positions;
}

/**
 * Zoom and pan so that `elements` fill the canvas, judged by the nodes' bodies (with a
 * margin for the labels below them).
 */
export function fitView(cy, elements, duration = 0) {
  if (elements.empty()) return;
  const margin = 40;
  const box = elements.boundingBox({ includeLabels: false, includeOverlays: false });
  const fitting = Math.min(
    (cy.width() - 2 * margin) / Math.max(box.w, 1),
    (cy.height() - 2 * margin - 20) / Math.max(box.h, 1),
  );
  const zoom = Math.min(1.25, Math.max(cy.minZoom(), fitting));
  const pan = {
    x: (cy.width() - zoom * (box.x1 + box.x2)) / 2,
    y: (cy.height() - 20 - zoom * (box.y1 + box.y2)) / 2,
  };
  if (duration > 0) cy.animate({ zoom, pan }, { duration });
  else cy.viewport({ zoom, pan });
}
