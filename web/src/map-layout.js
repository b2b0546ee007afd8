// Where the concept map puts things, computed once per corpus in the map's worker
// (map-worker.js), never on the page's main thread.
//
// Themes first: each theme is a disc whose area grows with its number of concepts,
// placed by ForceAtlas2 over the links between themes (themes with strong links between
// them sit close), then pushed apart until no two discs overlap. Then each theme's
// concepts are laid out inside its disc by ForceAtlas2 over the links inside the theme,
// starting from a sunflower spiral with the most central concept in the middle. So the
// themes stay apart and can be named on the map, and every run on the same corpus gives
// the same picture (no step is random).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** A theme's radius in graph units: its area grows with its number of concepts. */
export const themeRadius = (size) => 10 * Math.sqrt(Math.max(1, size));

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const THEME_ITERATIONS = 400;
const MEMBER_ITERATIONS = 120;
const GAP = 6; // graph units between two theme discs

/**
 * Positions for `{ themes: [{ size, members: [concept index, most central first] }],
 * concepts: [{ theme }], links: { source, target, strength } }` (typed arrays).
 * Returns `{ themeX, themeY, themeR, conceptX, conceptY }` as Float32Arrays.
 */
export function layOut({ themes, concepts, links }) {
  const themeR = Float32Array.from(themes, (theme) => themeRadius(theme.size));
  const { x: themeX, y: themeY } = placeThemes(themes, concepts, links, themeR);
  const conceptX = new Float32Array(concepts.length);
  const conceptY = new Float32Array(concepts.length);
  const inside = linksInsideThemes(themes.length, concepts, links);
  themes.forEach((theme, index) => {
    const spot = placeMembers(theme.members, inside[index]);
    theme.members.forEach((concept, rank) => {
      conceptX[concept] = themeX[index] + spot.x[rank] * themeR[index];
      conceptY[concept] = themeY[index] + spot.y[rank] * themeR[index];
    });
  });
  return { themeX, themeY, themeR, conceptX, conceptY };
}

function placeThemes(themes, concepts, links, radius) {
  const count = themes.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  if (count === 0) return { x, y };
  const spread = radius.reduce((sum, r) => sum + r, 0) / 2;
  const graph = new Graph({ type: 'undirected' });
  themes.forEach((theme, index) => {
    // a spiral, largest theme in the middle: the start decides the picture, so it is fixed
    const r = spread * Math.sqrt(index / count);
    graph.addNode(index, {
      x: r * Math.cos(index * GOLDEN_ANGLE),
      y: r * Math.sin(index * GOLDEN_ANGLE),
      size: radius[index],
    });
  });
  const between = new Map();
  for (let k = 0; k < links.source.length; k += 1) {
    const a = concepts[links.source[k]].theme;
    const b = concepts[links.target[k]].theme;
    if (a === b) continue;
    const key = a < b ? a * count + b : b * count + a;
    between.set(key, (between.get(key) ?? 0) + links.strength[k]);
  }
  for (const [key, strength] of between) {
    graph.addEdge(Math.floor(key / count), key % count, { weight: strength });
  }
  if (count > 1) {
    forceAtlas2.assign(graph, {
      iterations: THEME_ITERATIONS,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(graph),
        adjustSizes: true,
        gravity: 2,
        scalingRatio: 20,
        barnesHutOptimize: count > 200,
      },
    });
  }
  graph.forEachNode((node, attributes) => {
    x[Number(node)] = attributes.x;
    y[Number(node)] = attributes.y;
  });
  separate(x, y, radius);
  return { x: Float32Array.from(x), y: Float32Array.from(y) };
}

// Push overlapping discs apart, a little at a time, until none overlap (or give up
// after a bounded number of rounds: discs that still touch are no harm).
function separate(x, y, radius) {
  const count = x.length;
  for (let round = 0; round < 200; round += 1) {
    let moved = false;
    for (let i = 0; i < count; i += 1) {
      for (let j = i + 1; j < count; j += 1) {
        let dx = x[j] - x[i];
        let dy = y[j] - y[i];
        let distance = Math.hypot(dx, dy);
        const wanted = radius[i] + radius[j] + GAP;
        if (distance >= wanted) continue;
        if (distance < 1e-6) {
          // the same spot: part along a fixed direction
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          distance = 1;
        }
        const push = (wanted - distance) / 2 / distance;
        const shareI = radius[j] / (radius[i] + radius[j]); // the smaller disc moves more
        x[i] -= dx * push * 2 * shareI;
        y[i] -= dy * push * 2 * shareI;
        x[j] += dx * push * 2 * (1 - shareI);
        y[j] += dy * push * 2 * (1 - shareI);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

function linksInsideThemes(themeCount, concepts, links) {
  const inside = Array.from({ length: themeCount }, () => []);
  for (let k = 0; k < links.source.length; k += 1) {
    const a = links.source[k];
    const b = links.target[k];
    const theme = concepts[a].theme;
    if (theme === concepts[b].theme) inside[theme].push([a, b, links.strength[k]]);
  }
  return inside;
}

// The members of one theme in a unit disc: positions by rank (most central first).
function placeMembers(members, inside) {
  const count = members.length;
  const x = new Float32Array(count);
  const y = new Float32Array(count);
  if (count === 1) return { x, y };
  const graph = new Graph({ type: 'undirected' });
  const rankOf = new Map(members.map((concept, rank) => [concept, rank]));
  members.forEach((concept, rank) => {
    const r = Math.sqrt((rank + 0.5) / count);
    graph.addNode(rank, {
      x: r * Math.cos(rank * GOLDEN_ANGLE),
      y: r * Math.sin(rank * GOLDEN_ANGLE),
    });
  });
  for (const [a, b, strength] of inside) {
    const [ra, rb] = [rankOf.get(a), rankOf.get(b)];
    if (!graph.hasEdge(ra, rb)) graph.addEdge(ra, rb, { weight: strength });
  }
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: MEMBER_ITERATIONS,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(graph),
        strongGravityMode: true,
        gravity: 0.5,
        barnesHutOptimize: count > 300,
      },
    });
  }
  let cx = 0;
  let cy = 0;
  graph.forEachNode((node, attributes) => {
    cx += attributes.x / count;
    cy += attributes.y / count;
  });
  const distances = [];
  graph.forEachNode((node, attributes) => {
    distances.push(Math.hypot(attributes.x - cx, attributes.y - cy));
  });
  distances.sort((a, b) => a - b);
  // the 90th percentile reaches 0.8 of the disc; a straggler is pulled in to its rim
  const scale = 0.8 / Math.max(distances[Math.floor(0.9 * (count - 1))], 1e-9);
  graph.forEachNode((node, attributes) => {
    let px = (attributes.x - cx) * scale;
    let py = (attributes.y - cy) * scale;
    const length = Math.hypot(px, py);
    if (length > 0.92) {
      px *= 0.92 / length;
      py *= 0.92 / length;
    }
    x[Number(node)] = px;
    y[Number(node)] = py;
  });
  return { x, y };
}
