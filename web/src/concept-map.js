// The concept map view, by level of detail:
// - themes: one disc per theme (its area grows with its concepts), one line per pair of
//   themes with links between them (the wider, the stronger those links together);
// - concepts: every concept in its theme's disc, sized by centrality, with the links that
//   fit in the map's budget; the most central concepts are named first, the rest as the
//   reader zooms in. Opening a theme (a click on its disc, or its button in the sidebar)
//   zooms to it and draws every link that touches it.
// Zooming in on the themes shows the concepts; zooming far out returns to the themes.
// The data comes from the map's worker (layout off the main thread, see map-data.js);
// sigma.js draws the themes, the concepts and the lines between themes with WebGL
// (map-render.js), and the concepts' links are drawn a few hundred per frame on a canvas
// of their own (map-links.js). The sidebar (search, level, filters and
// the list of concepts) is the keyboard's way in; the panel shows the selected concept.
import Graph from 'graphology';
import { createConceptPanel } from './concept-panel.js';
import { failure, h, loaded, loading, plural, replace } from './dom.js';
import { loadMapData, LINK_BUDGET, planConcepts, planThemes, visibleConcepts } from './map-data.js';
import { themeRadius } from './map-layout.js';
import { createLinkLayer } from './map-links.js';
import { createRenderer } from './map-render.js';
import { markerBackground, themeMarker } from './palette.js';
import { navigate } from './route.js';
import { createSearchBox } from './search.js';

const KINDS = [
  { kind: 'CONCEPT', label: 'Concepts', shape: 'circle' },
  { kind: 'MODEL', label: 'Models', shape: 'diamond' },
];
// a corpus with more concepts than this opens on the themes; a smaller one on its concepts
export const OVERVIEW_ABOVE = 150;
const ZOOM_IN_TO_CONCEPTS = 0.5; // camera ratio (1 = everything fits) that leaves the themes
const ZOOM_OUT_TO_THEMES = 1.6;
const NODE_SIZE = [1.6, 5.5]; // least to most central, graph units (a theme of n is 10√n)
const NAMED_NEIGHBOURS = 40; // a selected concept with at most this many links names them all
const LIST_CHUNK = 250; // concept buttons added per task
const count = (n) => n.toLocaleString('en');
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export function createMapView(container) {
  const sidebar = h('aside', {
    class: 'map-sidebar panel',
    'aria-label': 'Find and filter concepts',
  });
  const canvas = h('div', {
    class: 'map-canvas',
    role: 'img',
    'aria-label':
      'Concept map. For keyboard access use the search box, the themes and the list of concepts.',
  });
  // focusable: a long caption scrolls, and a keyboard must reach what it hides
  const caption = h('p', { class: 'map-caption', 'aria-live': 'polite', tabindex: '0' });
  const heading = h('h2', { class: 'map-heading', text: 'Concept map' });
  const levelNote = h('p', { class: 'map-level-note' });
  const panelElement = h('aside', {
    class: 'concept-panel panel',
    'aria-label': 'Concept details',
    tabindex: '-1',
  });
  // The selected concept's name, in HTML over the canvas, above every link and label.
  const callout = h('div', { class: 'map-callout', 'aria-hidden': 'true', hidden: true });
  const stage = h(
    'div',
    { class: 'map-stage' },
    h('div', { class: 'map-toolbar' }, levelNote),
    h('div', { class: 'map-frame' }, canvas, callout),
    caption,
  );
  replace(container, h('div', { class: 'map-layout' }, sidebar, stage, panelElement));

  let network = null;
  let graph = null;
  let renderer = null;
  let links = null; // the concepts level's links, drawn apart from sigma (see map-links.js)
  let level = 'themes';
  let openTheme = null; // index of the open theme
  let selected = null; // index of the selected concept
  let plan = null;
  let steering = false; // the page moves the camera: zoom does not switch levels meanwhile
  const byName = new Map();
  const filters = { kinds: new Set(KINDS.map((k) => k.kind)), themes: new Set(), minWeight: 1 };
  const markerOf = (theme) => {
    const index = network?.themes.findIndex((t) => t.label === theme.label) ?? -1;
    return themeMarker(index);
  };
  const panel = createConceptPanel(panelElement, { themeMarker: markerOf });
  const search = createSearchBox({
    id: 'concept-search',
    onChoose: (concept) => navigate('map', { concept: concept.name }),
  });
  const controls = { kinds: new Map(), themes: new Map(), levels: new Map() };

  async function load() {
    loading(caption, 'the concept map');
    stage.setAttribute('aria-busy', 'true');
    const data = loadMapData(); // downloaded and laid out by the worker, meanwhile:
    if (!renderer) {
      // WebGL starts (the browser's slowest step) while the worker works, not after
      await nextTask();
      graph = new Graph({ type: 'undirected' });
      try {
        renderer = createRenderer(graph, canvas, { nodeReducer, edgeReducer });
        links = createLinkLayer(renderer, canvas);
        await nextTask();
        warmUp(renderer, graph);
      } catch (error) {
        console.info(`the map cannot be drawn here: ${error.message}`);
        canvas.dataset.state = 'unavailable';
      }
    }
    try {
      network = await data;
    } catch (error) {
      failure(caption, error, () => load().then((ok) => ok && drawSelection()));
      loaded(stage);
      return false;
    }
    loaded(stage);
    loaded(caption);
    network.concepts.forEach((concept, index) => byName.set(concept.name, index));
    if (network.concepts.length === 0) {
      canvas.hidden = true;
      replace(
        caption,
        h('p', { class: 'empty', text: 'This corpus has no concepts yet: the map is empty.' }),
      );
      buildSidebar();
      return true;
    }
    network.themes.forEach((theme, index) => filters.themes.add(index));
    level = network.concepts.length > OVERVIEW_ABOVE ? 'themes' : 'concepts';
    buildSidebar();
    if (!renderer) {
      replace(
        caption,
        'This browser cannot draw the map (WebGL is turned off or missing). ' +
          'The search, the themes and the list of concepts still lead to every concept.',
      );
      return true;
    }
    // each step in a task of its own, so that the page answers input in between
    await nextTask();
    addNodes(graph, network);
    updatePlan();
    await nextTask();
    renderer.refresh();
    showPlan();
    canvas.dataset.state = 'ready';
    renderer.getCamera().on('updated', onCamera);
    renderer.on('clickNode', ({ node }) => {
      const index = Number(node.slice(1));
      if (node.startsWith('t')) navigate('map', { theme: String(index + 1) });
      else navigate('map', themeParam({ concept: network.concepts[index].name }));
    });
    renderer.on('clickStage', () => navigate('map', {}));
    return true;
  }

  function themeParam(params) {
    return openTheme === null ? params : { theme: String(openTheme + 1), ...params };
  }

  // ---- drawing --------------------------------------------------------------------

  function nodeReducer(node, data) {
    if (!plan) return data; // the warm-up frame
    const shown = { ...data };
    if (data.kind === 'theme') {
      const visible = plan?.themeConcepts?.get(data.index) ?? 0;
      if (!filters.themes.has(data.index)) return { ...shown, hidden: true };
      if (level === 'themes') {
        shown.hidden = visible === 0;
        shown.captionInside = true;
        shown.caption = [...wrap(data.name, 26, 2), themeCount(data.index, visible)].join('\n');
        return shown;
      }
      // concepts level: the theme's name above its concepts, on an invisible disc (a click
      // on it opens the theme)
      shown.color = 'rgba(0, 0, 0, 0)'; // blending adds the colour: black adds nothing
      shown.caption = wrap(`${data.index + 1}. ${data.name}`, 40, 2).join('\n');
      shown.captionSize = openTheme === data.index ? 14 : 12;
      return shown;
    }
    if (level === 'themes' || !plan.visible[data.index]) return { ...shown, hidden: true };
    const faded =
      (selected !== null && data.index !== selected && !plan.neighbours.has(data.index)) ||
      (selected === null && openTheme !== null && data.theme !== openTheme);
    if (faded) {
      shown.color = fade(data.color, 0.22);
      shown.label = null;
      shown.zIndex = 1;
    }
    if (selected !== null && plan.neighbours.has(data.index)) {
      shown.zIndex = 3;
      shown.forceLabel = plan.neighbours.size <= NAMED_NEIGHBOURS;
    }
    if (data.index === selected) {
      shown.size = data.size * 1.5;
      shown.label = null; // the callout names it, above everything
      shown.zIndex = 4;
    }
    return shown;
  }

  // sigma draws only the lines between themes; the concepts' links are the link layer's
  function edgeReducer(edge, data) {
    if (!plan) return data; // the warm-up frame
    return level === 'themes' ? data : { ...data, hidden: true };
  }

  function themeCount(index, visible) {
    const size = network.themes[index].size;
    return visible === size
      ? plural(size, 'concept')
      : `${visible} of ${plural(size, 'concept')} shown`;
  }

  function redraw() {
    if (!network || !renderer || !plan) return;
    updatePlan();
    renderer.refresh();
    showPlan();
  }

  // What the current level draws; the edges in the graph are exactly those drawn.
  function updatePlan() {
    const visible = visibleConcepts(network, filters);
    if (level === 'themes') {
      const themes = planThemes(network, filters, visible);
      plan = { level, visible, neighbours: new Set(), themes, themeConcepts: themeMap(themes) };
      setEdges(themeEdges(network, themes.pairs));
      links.show([]);
    } else {
      const concepts = planConcepts(network, filters, { openTheme, selected });
      const neighbours = new Set();
      if (selected !== null) {
        for (const k of concepts.drawn) {
          if (network.links.source[k] === selected) neighbours.add(network.links.target[k]);
          if (network.links.target[k] === selected) neighbours.add(network.links.source[k]);
        }
      }
      const themeConcepts = new Map();
      network.concepts.forEach((concept, index) => {
        if (visible[index])
          themeConcepts.set(concept.theme, (themeConcepts.get(concept.theme) ?? 0) + 1);
      });
      plan = { level, visible, neighbours, concepts, themeConcepts };
      setEdges([]);
      links.show(conceptLinks(network, concepts.drawn, selected));
    }
  }

  function showPlan() {
    canvas.dataset.level = level;
    canvas.dataset.openTheme = openTheme === null ? '' : String(openTheme + 1);
    for (const [value, input] of controls.levels) input.checked = value === level;
    levelNote.textContent =
      level === 'themes'
        ? 'Themes: select a theme, or zoom in, to see its concepts.'
        : openTheme === null
          ? 'Concepts of every theme: zoom out, or choose Themes, for the overview.'
          : `Theme ${openTheme + 1} open: “${network.themes[openTheme].label}”.`;
    writeCaption();
    placeCallout();
  }

  function setEdges(edges) {
    graph.clearEdges();
    for (const [key, source, target, attributes] of edges) {
      graph.addEdgeWithKey(key, source, target, attributes);
    }
  }

  function writeCaption() {
    const N = network.concepts.length;
    const L = network.links.source.length;
    if (level === 'themes') {
      const { themes, pairs, counts } = plan.themes;
      const shownConcepts = themes.reduce((sum, theme) => sum + theme.concepts, 0);
      const left = leftOut(counts);
      replace(
        caption,
        `Showing ${themes.length} of ${plural(network.themes.length, 'theme')} ` +
          `(${count(shownConcepts)} of ${plural(N, 'concept')}) and ${plural(pairs.length, 'line')} ` +
          `standing for the ${plural(counts.between, 'link')} between themes, of ${plural(L, 'link')} in all. ` +
          `The ${plural(counts.inside, 'link')} inside themes are drawn at the concepts level.` +
          (left.length ? ` Left out: ${left.join('; ')}.` : ''),
      );
      return;
    }
    const { drawn, counts } = plan.concepts;
    const left = leftOut(counts);
    if (counts.outsideTheme) {
      left.push(`${plural(counts.outsideTheme, 'link')} that touch no concept of the open theme`);
    }
    if (counts.overBudget) left.push(`${plural(counts.overBudget, 'weaker link')} inside themes`);
    if (counts.between) left.push(`${plural(counts.between, 'link')} between themes`);
    const budget =
      counts.overBudget || counts.between
        ? ` The map draws at most ${count(LINK_BUDGET)} links at once, strongest first and ` +
          'those inside themes before those between them: the Themes level sums up the links ' +
          'between themes, opening a theme draws all of its links, and a selected concept shows all of its own.'
        : '';
    const extra = counts.selectedExtra
      ? ` Drawn beyond the limit: ${plural(counts.selectedExtra, 'link')} of the selected concept.`
      : '';
    replace(
      caption,
      `Showing ${count(counts.concepts)} of ${plural(N, 'concept')} and ` +
        `${count(drawn.length)} of ${plural(L, 'link')}.` +
        (left.length ? ` Left out: ${left.join('; ')}.` : '') +
        extra +
        budget,
    );
  }

  function leftOut(counts) {
    const parts = [];
    if (counts.hiddenConcepts) {
      parts.push(
        `${plural(counts.hiddenConcepts, 'concept')} hidden by the kind and theme filters`,
      );
    }
    if (counts.hiddenLinks) parts.push(`${plural(counts.hiddenLinks, 'link')} to a hidden concept`);
    if (counts.belowMinimum) {
      parts.push(
        `${plural(counts.belowMinimum, 'link')} with fewer than ${plural(filters.minWeight, 'shared topic')}`,
      );
    }
    return parts;
  }

  // ---- levels and the camera --------------------------------------------------------

  function setLevel(next, { theme = openTheme } = {}) {
    level = next;
    openTheme = next === 'themes' ? null : theme;
    redraw();
  }

  function onCamera(state) {
    if (steering || !renderer) return;
    if (level === 'themes' && state.ratio < ZOOM_IN_TO_CONCEPTS) setLevel('concepts');
    else if (level === 'concepts' && state.ratio > ZOOM_OUT_TO_THEMES && selected === null) {
      if (openTheme !== null) navigate('map', {});
      setLevel('themes');
    }
    placeCallout();
  }

  function moveCamera(target) {
    const camera = renderer.getCamera();
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    steering = true;
    const done = () => {
      steering = false;
      placeCallout();
    };
    if (still) {
      camera.setState(target);
      done();
    } else camera.animate(target, { duration: 300 }).then(done);
  }

  // the camera state that shows a disc of `radius` graph units around a node
  function framing(node, radius) {
    const box = renderer.getBBox();
    const extent = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0], 1);
    const { x, y } = renderer.getNodeDisplayData(node); // framed coordinates, as the camera's
    return { x, y, ratio: Math.min(1, (2.6 * radius) / extent) };
  }

  function placeCallout() {
    if (!renderer || selected === null || level === 'themes' || !plan?.visible[selected]) {
      callout.hidden = true;
      return;
    }
    const data = graph.getNodeAttributes(`c${selected}`);
    const { x, y } = renderer.graphToViewport(data);
    const radius = renderer.scaleSize(renderer.getNodeDisplayData(`c${selected}`)?.size ?? 0);
    callout.hidden = false;
    callout.textContent = data.label;
    callout.style.left = `${x}px`;
    callout.style.top = `${y + radius + 4}px`;
  }

  // ---- the sidebar --------------------------------------------------------------------

  function buildSidebar() {
    const concepts = network.concepts;
    const maxWeight = Math.max(1, ...network.links.weight);
    controls.weight = h('input', {
      id: 'min-weight',
      type: 'range',
      min: '1',
      max: String(Math.ceil(maxWeight)),
      step: '1',
      value: String(filters.minWeight),
      'aria-describedby': 'min-weight-value',
      on: {
        input: () => {
          filters.minWeight = Number(controls.weight.value);
          controls.weightOutput.textContent = String(filters.minWeight);
          redraw();
        },
      },
    });
    controls.weightOutput = h('output', {
      id: 'min-weight-value',
      for: 'min-weight',
      text: String(filters.minWeight),
    });
    controls.list = h('ul', { class: 'concept-list', 'aria-labelledby': 'concept-list-heading' });
    controls.listHeading = h('h3', {
      class: 'list-heading',
      id: 'concept-list-heading',
      text: 'Concepts',
    });
    replace(
      sidebar,
      heading,
      search.element,
      h(
        'fieldset',
        { class: 'filter level' },
        h('legend', { text: 'Show' }),
        [
          ['themes', 'Themes (overview)'],
          ['concepts', 'Concepts'],
        ].map(([value, label]) => {
          const input = h('input', {
            type: 'radio',
            name: 'map-level',
            id: `level-${value}`,
            value,
            checked: level === value,
            on: {
              change: () => {
                if (!input.checked) return;
                if (openTheme !== null || selected !== null) navigate('map', {});
                setLevel(value, { theme: null });
                moveCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
              },
            },
          });
          controls.levels.set(value, input);
          return h(
            'div',
            { class: 'check' },
            input,
            h('label', { for: `level-${value}`, text: label }),
          );
        }),
      ),
      h(
        'fieldset',
        { class: 'filter' },
        h('legend', { text: 'Kind' }),
        KINDS.map(({ kind, label, shape }) =>
          checkbox(
            `kind-${kind}`,
            label,
            h('span', { class: `shape shape-${shape}`, 'aria-hidden': 'true' }),
            controls.kinds,
            kind,
            filters.kinds,
            plural(concepts.filter((c) => c.kind === kind).length, 'node'),
          ),
        ),
      ),
      h(
        'fieldset',
        { class: 'filter themes' },
        h('legend', { text: 'Themes (colour and fill)' }),
        network.themes.map((theme, index) =>
          checkbox(
            `theme-${index}`,
            theme.label,
            h('span', {
              class: 'swatch round',
              style: { background: markerBackground(themeMarker(index)) },
              title: themeMarker(index).description,
              'aria-hidden': 'true',
            }),
            controls.themes,
            index,
            filters.themes,
            plural(theme.size, 'concept'),
            h('button', {
              type: 'button',
              class: 'link-button open-theme',
              'aria-label': `Open theme ${index + 1}: ${theme.label}`,
              text: 'Open',
              on: { click: () => navigate('map', { theme: String(index + 1) }) },
            }),
          ),
        ),
      ),
      h(
        'div',
        { class: 'filter weight' },
        h('label', {
          for: 'min-weight',
          class: 'field-label',
          text: 'Minimum shared topics per link',
        }),
        h('div', { class: 'range-row' }, controls.weight, controls.weightOutput),
      ),
      h(
        'p',
        { class: 'legend map-legend' },
        'Themes: disc area counts concepts; line width, the strength of the links between two themes. ',
        'Concepts: size is centrality (PageRank); the most central are named first, the rest as you zoom in. ',
        'Links of the selected concept are drawn dark.',
      ),
      controls.listHeading,
      controls.list,
    );
  }

  function checkbox(id, label, marker, inputs, value, active, note, extra = null) {
    const input = h('input', {
      id,
      type: 'checkbox',
      checked: active.has(value),
      on: {
        change: () => {
          if (input.checked) active.add(value);
          else active.delete(value);
          redraw();
          drawList();
        },
      },
    });
    inputs.set(value, input);
    return h(
      'div',
      { class: 'check' },
      input,
      h(
        'label',
        { for: id },
        marker,
        h('span', { class: 'check-label', text: label }),
        h('span', { class: 'count-note', text: ` (${note})` }),
      ),
      extra,
    );
  }

  // The list is long in a large corpus: it is filled a few hundred buttons per task.
  let listGeneration = 0;
  async function drawList() {
    if (!network) return;
    const generation = ++listGeneration;
    const visible = visibleConcepts(network, filters);
    const shown = network.concepts
      .map((concept, index) => ({ ...concept, index }))
      .filter((concept) => visible[concept.index])
      .sort((a, b) => a.name.localeCompare(b.name));
    controls.listHeading.textContent = `Concepts (${shown.length})`;
    controls.list.replaceChildren();
    for (let start = 0; start < shown.length; start += LIST_CHUNK) {
      if (start > 0) {
        await nextTask();
        if (generation !== listGeneration) return;
      }
      controls.list.append(...shown.slice(start, start + LIST_CHUNK).map(listItem));
    }
  }

  function listItem(concept) {
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'concept-button',
          'aria-pressed': String(concept.index === selected),
          dataset: { index: concept.index },
          on: { click: () => navigate('map', themeParam({ concept: concept.name })) },
        },
        h('span', {
          class: `marker shape-${concept.kind === 'MODEL' ? 'diamond' : 'circle'}`,
          style: { background: markerBackground(themeMarker(concept.theme)) },
          'aria-hidden': 'true',
        }),
        h('span', { text: concept.name }),
        h('span', {
          class: 'visually-hidden',
          text: concept.kind === 'MODEL' ? ' (model)' : ' (concept)',
        }),
      ),
    );
  }

  // ---- the selection -----------------------------------------------------------------

  let selectionRequest = 0;
  async function drawSelection() {
    const mine = ++selectionRequest;
    if (!selectedName) {
      panel.empty();
      highlight(null);
      return;
    }
    const concept = await panel.show(selectedName);
    if (mine === selectionRequest) highlight(concept); // else a newer selection draws itself
  }

  function highlight(concept) {
    canvas.dataset.selectedConcept = concept?.id ?? '';
    canvas.dataset.selectedName = concept?.name ?? '';
    if (!network) return;
    selected = concept ? (byName.get(concept.name) ?? null) : null;
    for (const button of controls.list?.querySelectorAll('button.concept-button') ?? []) {
      button.setAttribute('aria-pressed', String(Number(button.dataset.index) === selected));
    }
    if (!renderer) return;
    if (selected !== null) {
      reveal(network.concepts[selected]);
      if (level === 'themes') level = 'concepts';
    }
    redraw();
    if (selected !== null) {
      const current = renderer.getCamera().getState().ratio;
      const focus = framing(`c${selected}`, 60);
      moveCamera({ ...focus, ratio: Math.min(current, Math.max(focus.ratio, 0.08)) });
    } else if (openTheme !== null) {
      moveCamera(framing(`t${openTheme}`, themeRadius(network.themes[openTheme].size)));
    }
  }

  // A concept picked by search or link is shown even when a filter hid it.
  function reveal(concept) {
    if (filters.kinds.has(concept.kind) && filters.themes.has(concept.theme)) return;
    filters.kinds.add(concept.kind);
    filters.themes.add(concept.theme);
    controls.kinds.get(concept.kind).checked = true;
    controls.themes.get(concept.theme).checked = true;
    drawList();
  }

  let selectedName = null;
  let listDrawn = false;
  return {
    async show(params) {
      if (!network && !(await load())) return;
      renderer?.resize();
      if (!listDrawn && network) {
        // the list of concepts in a task of its own, after the map is drawn
        listDrawn = true;
        await nextTask();
        drawList();
      }
      const themeNumber = Number.parseInt(params.theme ?? '', 10);
      const theme =
        themeNumber >= 1 && themeNumber <= (network?.themes.length ?? 0) ? themeNumber - 1 : null;
      if (network && renderer) {
        if (theme !== null) {
          filters.themes.add(theme);
          controls.themes.get(theme).checked = true;
          openTheme = theme;
          level = 'concepts';
        } else openTheme = null;
      }
      selectedName = params.concept ?? null;
      if (selectedName && search.input !== document.activeElement) search.input.value = '';
      await drawSelection();
    },
  };
}

// Draw a throw-away frame with every kind of node and link: a software GPU compiles each
// program the first time it draws, which would otherwise freeze the page once the data is in.
function warmUp(renderer, graph) {
  graph.addNode('w0', { x: 0, y: 0, size: 1, color: '#0072B2', shape: 0, pattern: 1, label: 'a' });
  graph.addNode('w1', { x: 1, y: 1, size: 1, color: '#E69F00', shape: 1, pattern: 2, label: 'b' });
  graph.addEdge('w0', 'w1', { size: 1, color: '#777777' });
  renderer.refresh();
  graph.clear();
}

function addNodes(graph, network) {
  const { themes, concepts, positions } = network;
  themes.forEach((theme, index) => {
    const marker = themeMarker(index);
    graph.addNode(`t${index}`, {
      kind: 'theme',
      index,
      name: theme.label,
      x: positions.themeX[index],
      y: -positions.themeY[index],
      size: positions.themeR[index],
      color: marker.colour,
      pattern: marker.patternIndex,
      label: null,
      forceLabel: true,
      zIndex: 0,
    });
  });
  const ranks = concepts.map((concept) => concept.pagerank);
  const low = Math.min(...ranks);
  const high = Math.max(...ranks);
  concepts.forEach((concept, index) => {
    const marker = themeMarker(concept.theme);
    const t = high > low ? Math.sqrt((concept.pagerank - low) / (high - low)) : 0.5;
    graph.addNode(`c${index}`, {
      kind: 'concept',
      index,
      theme: concept.theme,
      label: concept.name,
      x: positions.conceptX[index],
      y: -positions.conceptY[index],
      size:
        (NODE_SIZE[0] + t * (NODE_SIZE[1] - NODE_SIZE[0])) * (concept.kind === 'MODEL' ? 1.25 : 1),
      color: marker.colour,
      shape: concept.kind === 'MODEL' ? 1 : 0,
      pattern: marker.patternIndex,
      zIndex: 2,
    });
  });
}

function themeEdges(network, pairs) {
  const strongest = Math.max(1e-9, ...pairs.map((pair) => pair.strength));
  return pairs.map(({ a, b, count: links, strength }) => [
    `m${a}-${b}`,
    `t${a}`,
    `t${b}`,
    {
      kind: 'themes',
      links,
      size: 0.6 + 9 * Math.sqrt(strength / strongest),
      color: `rgba(90, 90, 90, ${(0.15 + 0.5 * Math.sqrt(strength / strongest)).toFixed(3)})`,
    },
  ]);
}

// The concepts level's links for the link layer, in the order `drawn` has them (strongest
// first); with a concept selected, its own links come first, dark, and the others fade.
function conceptLinks(network, drawn, selected) {
  const { source, target, strength } = network.links;
  let strongest = 1e-9;
  for (const k of drawn) strongest = Math.max(strongest, strength[k]);
  const own = [];
  const others = [];
  for (const k of drawn) {
    const share = Math.sqrt(strength[k] / strongest);
    const link = {
      source: `c${source[k]}`,
      target: `c${target[k]}`,
      // faint: an open theme's thousands of links cross one another
      size: 0.3 + 0.9 * share,
      color: `rgba(70, 70, 70, ${(0.04 + 0.4 * share * share).toFixed(3)})`,
    };
    if (selected === null) others.push(link);
    else if (source[k] === selected || target[k] === selected) {
      own.push({ ...link, color: '#1a1a1a', size: Math.max(0.5, link.size) });
    } else others.push({ ...link, color: 'rgba(120, 120, 120, 0.03)' });
  }
  return [...own, ...others];
}

function themeMap(themes) {
  return new Map(themes.themes.map((theme) => [theme.index, theme.concepts]));
}

/** `text` in at most `lines` lines of about `width` characters, the last cut with "…". */
export function wrap(text, width, lines) {
  const words = text.split(/\s+/);
  const out = [];
  let line = '';
  for (const word of words) {
    if (line && `${line} ${word}`.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1].slice(0, width - 1)}…`;
  return kept;
}

function fade(hex, alpha) {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
