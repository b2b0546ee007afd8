// The concept map's worker: it downloads the whole graph (GET /export/json, every concept
// and every link), turns it into compact arrays and lays it out (map-layout.js), so that
// the page's main thread never parses megabytes of JSON nor runs a layout.
//
// In:  { url }   the address of /export/json
// Out: { ok: true, network } or { ok: false, message }; see map-data.js.
import { layOut } from './map-layout.js';

const MAX_ATTEMPTS = 30; // 503 while the server loads the corpus: ~30 s of retries at most

self.onmessage = async ({ data }) => {
  try {
    const document = await download(data.url);
    const network = compact(document);
    const positions = layOut(network);
    const { links } = network;
    self.postMessage({ ok: true, network: { ...network, positions } }, [
      links.source.buffer,
      links.target.buffer,
      links.weight.buffer,
      links.strength.buffer,
      ...Object.values(positions).map((array) => array.buffer),
    ]);
  } catch (error) {
    self.postMessage({ ok: false, message: error.message });
  }
};

async function download(url) {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (response.ok) return response.json();
    if (response.status !== 503 || attempt >= MAX_ATTEMPTS) {
      throw new Error(`the server answered ${response.status} for the graph`);
    }
    const seconds = Number.parseFloat(response.headers.get('Retry-After') ?? '1');
    await new Promise((resolve) => setTimeout(resolve, 1000 * Math.min(10, seconds || 1)));
  }
}

/**
 * The export as the map reads it: themes in the server's order (largest first), each
 * with its members most central first; concepts in the export's order; links strongest
 * first (then more evidence, more shared topics), as parallel typed arrays.
 */
function compact(document) {
  const themes = document.data.themes.map((theme) => ({
    key: theme.id,
    label: theme.label,
    size: theme.members.length,
    members: [],
  }));
  const themeIndex = new Map(themes.map((theme, index) => [theme.key, index]));
  const conceptIndex = new Map();
  const concepts = document.elements.nodes.map(({ data }, index) => {
    conceptIndex.set(data.id, index);
    return {
      key: data.id,
      name: data.label,
      kind: data.kind === 'model' ? 'MODEL' : 'CONCEPT',
      theme: themeIndex.get(data.theme) ?? 0,
      pagerank: data.pagerank,
      degree: data.degree,
    };
  });
  document.data.themes.forEach((theme, index) => {
    themes[index].members = theme.members
      .map((key) => conceptIndex.get(key))
      .filter((found) => found !== undefined);
  });
  const edges = document.elements.edges
    .map(({ data }) => ({
      source: conceptIndex.get(data.source),
      target: conceptIndex.get(data.target),
      weight: data.weight,
      strength: data.strength,
      evidence: data.evidence,
    }))
    .filter((edge) => edge.source !== undefined && edge.target !== undefined);
  edges.sort(
    (a, b) =>
      b.strength - a.strength ||
      b.evidence - a.evidence ||
      b.weight - a.weight ||
      a.source - b.source ||
      a.target - b.target,
  );
  const links = {
    source: Int32Array.from(edges, (edge) => edge.source),
    target: Int32Array.from(edges, (edge) => edge.target),
    weight: Float32Array.from(edges, (edge) => edge.weight),
    strength: Float32Array.from(edges, (edge) => edge.strength),
  };
  return { themes, concepts, links };
}
