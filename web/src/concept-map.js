// The concept map view: the concept network drawn with Cytoscape.js, filters (kind,
// theme, minimum weight), a search box, a list of concepts (the keyboard's way into the
// map) and the concept panel.
import cytoscape from 'cytoscape';
import { createConceptPanel } from './concept-panel.js';
import { failure, h, loaded, loading, plural, replace } from './dom.js';
import { loadNetwork } from './network.js';
import { categoryColour, OTHER_COLOUR } from './palette.js';
import { navigate } from './route.js';
import { createSearchBox } from './search.js';
import { fitView, graphStyle, layoutOptions, themeCirclePositions } from './map-style.js';

const KINDS = [
  { kind: 'CONCEPT', label: 'Concepts', shape: 'circle' },
  { kind: 'MODEL', label: 'Models', shape: 'diamond' },
];

export function createMapView(container) {
  const sidebar = h('aside', {
    class: 'map-sidebar panel',
    'aria-label': 'Find and filter concepts',
  });
  const canvas = h('div', {
    class: 'map-canvas',
    role: 'img',
    'aria-label': 'Concept map. For keyboard access use the search box and the list of concepts.',
  });
  const caption = h('p', { class: 'map-caption', 'aria-live': 'polite' });
  const panelElement = h('aside', {
    class: 'concept-panel panel',
    'aria-label': 'Concept details',
    tabindex: '-1',
  });
  // The selected concept's name, in HTML over the canvas: Cytoscape draws a node's
  // label under the links that fan out of it, and a hub has dozens.
  const callout = h('div', { class: 'map-callout', 'aria-hidden': 'true', hidden: true });
  const stage = h(
    'div',
    { class: 'map-stage' },
    h('div', { class: 'map-frame' }, canvas, callout),
    caption,
  );
  replace(container, h('div', { class: 'map-layout' }, sidebar, stage, panelElement));

  let network = null;
  let cy = null;
  let selectedName = null;
  const filters = { kinds: new Set(KINDS.map((k) => k.kind)), themes: new Set(), minWeight: 1 };
  const themeColour = (themeId) => {
    const theme = network?.themes.find((t) => t.id === themeId);
    return theme ? categoryColour(theme.index) : OTHER_COLOUR;
  };
  const panel = createConceptPanel(panelElement, { themeColour });
  const search = createSearchBox({
    id: 'concept-search',
    onChoose: (concept) => navigate('map', { concept: concept.name }),
  });
  const controls = {
    kinds: new Map(),
    themes: new Map(),
    weight: null,
    weightOutput: null,
    list: null,
  };

  async function load() {
    loading(caption, 'the concept map');
    stage.setAttribute('aria-busy', 'true');
    try {
      network = await loadNetwork();
    } catch (error) {
      failure(caption, error, () => load().then((ok) => ok && drawSelection()));
      loaded(stage);
      return false;
    }
    loaded(stage);
    loaded(caption);
    if (network.concepts.length === 0) {
      canvas.hidden = true;
      replace(
        caption,
        h('p', { class: 'empty', text: 'This corpus has no concepts yet: the map is empty.' }),
      );
      buildSidebar();
      return true;
    }
    for (const theme of network.themes) filters.themes.add(theme.id);
    buildSidebar();
    cy = cytoscape({
      container: canvas,
      elements: elementsOf(network),
      style: graphStyle(network),
      layout: layoutOptions(network),
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autounselectify: true, // the selection is the page's (the URL's), drawn with .chosen
    });
    fitView(cy, cy.nodes());
    canvas.dataset.state = 'ready';
    cy.on('viewport position', placeCallout);
    cy.on('tap', 'node', (event) => navigate('map', { concept: event.target.data('name') }));
    cy.on('tap', (event) => {
      if (event.target === cy) navigate('map', {});
    });
    applyFilters();
    return true;
  }

  function buildSidebar() {
    const concepts = network.concepts;
    const maxWeight = Math.max(1, ...network.links.map((link) => link.weight));
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
          applyFilters();
        },
      },
    });
    controls.weightOutput = h('output', { id: 'min-weight-value', for: 'min-weight' });
    controls.list = h('ul', { class: 'concept-list', 'aria-label': 'Concepts on the map' });
    replace(
      sidebar,
      search.element,
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
            `${plural(concepts.filter((c) => c.kind === kind).length, 'node')}`,
          ),
        ),
      ),
      h(
        'fieldset',
        { class: 'filter themes' },
        h('legend', { text: 'Themes (colour)' }),
        network.themes.map((theme) =>
          checkbox(
            `theme-${theme.index}`,
            theme.label,
            h('span', {
              class: 'swatch',
              style: { background: categoryColour(theme.index) },
              'aria-hidden': 'true',
            }),
            controls.themes,
            theme.id,
            filters.themes,
            plural(theme.size, 'concept'),
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
        'Node size: centrality (PageRank). Line width: link strength. ',
        'Links of the selected concept are drawn dark.',
      ),
      h('h3', { class: 'list-heading', id: 'concept-list-heading', text: 'Concepts' }),
      controls.list,
    );
  }

  function checkbox(id, label, marker, inputs, value, active, count) {
    const input = h('input', {
      id,
      type: 'checkbox',
      checked: active.has(value),
      on: {
        change: () => {
          if (input.checked) active.add(value);
          else active.delete(value);
          applyFilters();
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
        h('span', { class: 'count-note', text: ` (${count})` }),
      ),
    );
  }

  function visible(concept) {
    return filters.kinds.has(concept.kind) && filters.themes.has(concept.theme.id);
  }

  function applyFilters() {
    if (!network) return;
    const shownConcepts = network.concepts.filter(visible);
    let shownLinks = 0;
    if (cy) {
      cy.batch(() => {
        cy.nodes().forEach((node) => node.toggleClass('filtered', !visible(node.data('concept'))));
        cy.edges().forEach((edge) => {
          const hide =
            edge.data('weight') < filters.minWeight ||
            edge.source().hasClass('filtered') ||
            edge.target().hasClass('filtered');
          edge.toggleClass('filtered', hide);
          if (!hide) shownLinks += 1;
        });
      });
    }
    if (controls.weightOutput) controls.weightOutput.textContent = String(filters.minWeight);
    replace(
      caption,
      `Showing ${shownConcepts.length} of ${plural(network.concepts.length, 'concept')} and ` +
        `${shownLinks} of ${plural(network.links.length, 'link')}.`,
    );
    drawList(shownConcepts);
  }

  function drawList(concepts) {
    const sorted = [...concepts].sort((a, b) => a.name.localeCompare(b.name));
    document.getElementById('concept-list-heading')?.replaceChildren(`Concepts (${sorted.length})`);
    replace(
      controls.list,
      sorted.map((concept) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'concept-button',
              'aria-pressed': String(concept.name === selectedName),
              dataset: { conceptId: concept.id },
              on: { click: () => navigate('map', { concept: concept.name }) },
            },
            h('span', {
              class: `marker shape-${concept.kind === 'MODEL' ? 'diamond' : 'circle'}`,
              style: { background: categoryColour(concept.themeIndex) },
              'aria-hidden': 'true',
            }),
            h('span', { text: concept.name }),
            h('span', {
              class: 'visually-hidden',
              text: concept.kind === 'MODEL' ? ' (model)' : ' (concept)',
            }),
          ),
        ),
      ),
    );
  }

  // The selected concept: shown in the panel, highlighted and centred on the map.
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
    if (!network) return;
    for (const button of controls.list?.querySelectorAll('button.concept-button') ?? []) {
      button.setAttribute(
        'aria-pressed',
        String(concept !== null && button.dataset.conceptId === concept.id),
      );
    }
    canvas.dataset.selectedConcept = concept?.id ?? '';
    canvas.dataset.selectedName = concept?.name ?? '';
    if (!cy) return;
    const node = concept ? cy.getElementById(concept.id) : cy.collection();
    if (concept && node.nonempty()) reveal(node.data('concept'));
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted neighbour chosen');
      if (node.nonempty()) {
        const neighbourhood = node.closedNeighborhood();
        cy.elements().not(neighbourhood).addClass('faded');
        node.connectedEdges().addClass('highlighted');
        node.neighborhood('node').addClass('neighbour');
        node.addClass('chosen');
      }
    });
    placeCallout();
    // centre on the selection at the zoom the reader chose; with none, show everything
    const duration = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 250;
    cy.stop();
    if (node.nonempty()) cy.animate({ center: { eles: node } }, { duration });
    else fitView(cy, cy.nodes(':visible'), duration);
  }

  function placeCallout() {
    const node = cy.nodes('.chosen');
    callout.hidden = node.empty();
    if (node.empty()) return;
    const { x, y } = node.renderedPosition();
    callout.textContent = node.data('name');
    callout.style.left = `${x}px`;
    callout.style.top = `${y + node.renderedOuterHeight() / 2 + 3}px`;
  }

  // A concept picked by search or link is shown even when a filter hid it.
  function reveal(concept) {
    if (visible(concept)) return;
    filters.kinds.add(concept.kind);
    filters.themes.add(concept.theme.id);
    controls.kinds.get(concept.kind).checked = true;
    controls.themes.get(concept.theme.id).checked = true;
    applyFilters();
  }

  return {
    async show(params) {
      if (!network && !(await load())) return;
      cy?.resize();
      selectedName = params.concept ?? null;
      if (selectedName && search.input !== document.activeElement) search.input.value = '';
      await drawSelection();
    },
  };
}

function elementsOf(network) {
  const positions = themeCirclePositions(network);
  return [
    ...network.concepts.map((concept) => ({
      group: 'nodes',
      position: positions.get(concept.id),
      data: {
        id: concept.id,
        name: concept.name,
        kind: concept.kind,
        pagerank: concept.centrality.pagerank,
        colour: categoryColour(concept.themeIndex),
        concept,
      },
    })),
    ...network.links.map((link) => ({
      group: 'edges',
      data: {
        id: link.id,
        source: link.source,
        target: link.target,
        weight: link.weight,
        strength: link.strength,
      },
    })),
  ];
}
