// The concept map's data and what each level draws of it, counted exactly so that the
// captions can say what is drawn and what is left out.
//
// The data comes from the map's worker (map-worker.js): every concept and every link of
// GET /export/json, laid out. Concepts and themes are referred to by index.

/** More links than this in the concepts level are not drawn all at once: see planConcepts. */
export const LINK_BUDGET = 10_000;

/**
 * `{ themes, concepts, links, positions }` (see map-worker.js), loaded and laid out off
 * the main thread. Rejects with the worker's message when the export cannot be read.
 */
export function loadMapData() {
  const worker = new Worker(new URL('./map-worker.js', import.meta.url), { type: 'module' });
  const url = new URL('/export/json', window.location.href).href;
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      worker.terminate();
      performance.mark('map-data'); // the browser tests measure from here
      if (data.ok) resolve(data.network);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the map could not be laid out'));
    };
    worker.postMessage({ url });
  });
}

/** Which concepts the kind and theme filters let through: a Uint8Array of 0 and 1. */
export function visibleConcepts(network, filters) {
  return Uint8Array.from(network.concepts, (concept) =>
    filters.kinds.has(concept.kind) && filters.themes.has(concept.theme) ? 1 : 0,
  );
}

/**
 * The themes level: each theme with the concepts the filters let through, and one line
 * per pair of themes for the links between them that pass the filters.
 * Returns `{ themes: [{ index, concepts }], pairs: [{ a, b, count, strength }], counts }`;
 * `counts` says how many links are inside themes, between them, below the minimum weight
 * and at a hidden concept, and how many concepts are hidden.
 */
export function planThemes(network, filters, visible = visibleConcepts(network, filters)) {
  const { concepts, links, themes } = network;
  const perTheme = new Array(themes.length).fill(0);
  let hiddenConcepts = 0;
  concepts.forEach((concept, index) => {
    if (visible[index]) perTheme[concept.theme] += 1;
    else hiddenConcepts += 1;
  });
  const counts = { hiddenConcepts, hiddenLinks: 0, belowMinimum: 0, inside: 0, between: 0 };
  const pairs = new Map();
  for (let k = 0; k < links.source.length; k += 1) {
    const s = links.source[k];
    const t = links.target[k];
    if (!visible[s] || !visible[t]) counts.hiddenLinks += 1;
    else if (links.weight[k] < filters.minWeight) counts.belowMinimum += 1;
    else {
      const a = Math.min(concepts[s].theme, concepts[t].theme);
      const b = Math.max(concepts[s].theme, concepts[t].theme);
      if (a === b) {
        counts.inside += 1;
        continue;
      }
      counts.between += 1;
      const key = a * themes.length + b;
      const pair = pairs.get(key) ?? { a, b, count: 0, strength: 0 };
      pair.count += 1;
      pair.strength += links.strength[k];
      pairs.set(key, pair);
    }
  }
  return {
    themes: perTheme
      .map((count, index) => ({ index, concepts: count }))
      .filter((theme) => theme.concepts > 0),
    pairs: [...pairs.values()],
    counts,
  };
}

/**
 * The concepts level: the links drawn, as indices into `network.links`, strongest first,
 * and why every other link is left out (each link is counted once, under the first
 * reason that applies, in this order):
 * - `hiddenLinks`: an end is hidden by the kind or theme filter;
 * - `belowMinimum`: fewer shared topics than the minimum;
 * - `outsideTheme`: with a theme open, a link that touches none of its concepts;
 * - `between`, `overBudget`: more than LINK_BUDGET links pass: the links inside themes
 *   are drawn first, strongest first, then those between themes, until the budget is
 *   spent; the rest are left out to keep the map readable.
 * The selected concept's links that pass the filters are always drawn (`selectedExtra`
 * counts those the budget alone would have left out).
 */
export function planConcepts(network, filters, { openTheme = null, selected = null } = {}) {
  const { concepts, links } = network;
  const visible = visibleConcepts(network, filters);
  const counts = {
    concepts: 0,
    hiddenConcepts: 0,
    hiddenLinks: 0,
    belowMinimum: 0,
    outsideTheme: 0,
    between: 0,
    overBudget: 0,
    selectedExtra: 0,
  };
  for (const shown of visible) counts[shown ? 'concepts' : 'hiddenConcepts'] += 1;
  const inside = [];
  const across = [];
  for (let k = 0; k < links.source.length; k += 1) {
    const s = links.source[k];
    const t = links.target[k];
    const themeS = concepts[s].theme;
    const themeT = concepts[t].theme;
    if (!visible[s] || !visible[t]) counts.hiddenLinks += 1;
    else if (links.weight[k] < filters.minWeight) counts.belowMinimum += 1;
    else if (openTheme !== null && themeS !== openTheme && themeT !== openTheme) {
      counts.outsideTheme += 1;
    } else if (themeS === themeT) inside.push(k);
    else across.push(k);
  }
  let drawn;
  if (inside.length + across.length <= LINK_BUDGET) drawn = [...inside, ...across];
  else if (inside.length >= LINK_BUDGET) {
    drawn = inside.slice(0, LINK_BUDGET);
    counts.overBudget = inside.length - LINK_BUDGET;
    counts.between = across.length;
  } else {
    const room = LINK_BUDGET - inside.length;
    drawn = [...inside, ...across.slice(0, room)];
    counts.between = across.length - room;
  }
  if (selected !== null && (counts.overBudget > 0 || counts.between > 0)) {
    const inDrawn = new Set(drawn);
    for (const k of [...inside, ...across]) {
      if ((links.source[k] === selected || links.target[k] === selected) && !inDrawn.has(k)) {
        drawn.push(k);
        counts.selectedExtra += 1;
        if (concepts[links.source[k]].theme === concepts[links.target[k]].theme) {
          counts.overBudget -= 1;
        } else counts.between -= 1;
      }
    }
  }
  return { drawn, visible, counts };
}
