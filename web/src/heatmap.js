// The topic overlap view: a topics × topics heatmap of Jaccard, a table of the same
// numbers, and, for the selected pair, what they share and what each has alone.
import { query } from './api.js';
import { decimal, failure, h, loaded, loading, plural, replace } from './dom.js';
import { conceptChips, topicLink } from './links.js';
import { rgb, textOn, viridis, viridisGradient } from './palette.js';
import { OVERLAP, OVERLAP_TOPICS, TOPIC_OVERLAP } from './queries.js';
import { navigate } from './route.js';

const COMPACT_ABOVE = 8; // more topics than this: columns are headed by number only
// A larger grid is unreadable on a screen (and a large corpus has millions of pairs):
// the heatmap shows the first topics and says so; every pair is in the CSV export.
export const MATRIX_TOPICS = 50;

export function createOverlapView(container) {
  const matrixRegion = h('div', { class: 'heatmap-region', 'aria-busy': 'true' });
  const detail = h('aside', {
    class: 'overlap-detail panel',
    'aria-labelledby': 'overlap-detail-heading',
    'aria-live': 'polite',
  });
  replace(
    container,
    h(
      'div',
      { class: 'overlap-layout' },
      h(
        'div',
        { class: 'overlap-main' },
        h('h2', { text: 'Topic overlap' }),
        h('p', {
          class: 'hint',
          text:
            'Each cell is the share of concepts two topics have in common (Jaccard: 0 = nothing shared, ' +
            '1 = the same concepts). Select a cell, or use the arrow keys and Enter, to see what they share.',
        }),
        matrixRegion,
      ),
      detail,
    ),
  );
  let data = null;
  let selected = null; // { a, b } slugs
  drawHint();
  let detailRequest = 0;

  async function load() {
    loading(matrixRegion, 'the overlap matrix');
    try {
      const { topics } = await query(OVERLAP_TOPICS);
      const shown = topics.slice(0, MATRIX_TOPICS);
      const { overlapMatrix } = await query(OVERLAP, {
        topics: shown.length < topics.length ? shown.map((topic) => topic.slug) : null,
      });
      data = indexMatrix({ topics: shown, overlapMatrix, total: topics });
    } catch (error) {
      failure(matrixRegion, error, () => show(lastParams));
      return false;
    }
    drawMatrix();
    loaded(matrixRegion);
    return true;
  }

  function drawMatrix() {
    if (data.topics.length === 0) {
      detail.hidden = true;
      replace(
        matrixRegion,
        h('p', {
          class: 'empty',
          text:
            'This corpus has no topics yet: there is nothing to compare. Add topic documents to ' +
            'the corpus folder and restart the server.',
        }),
      );
      return;
    }
    if (data.topics.length === 1) {
      replace(
        matrixRegion,
        heatmapTable(data, select),
        h('p', { class: 'hint', text: 'One topic only: there is nothing to compare it with yet.' }),
      );
      return;
    }
    replace(
      matrixRegion,
      data.topics.length < data.allSlugs.size ? firstOnly(data) : null,
      heatmapTable(data, select),
      legend(data.maxJaccard),
      pairTable(data, select),
    );
  }

  function drawHint() {
    replace(
      detail,
      h('h3', { id: 'overlap-detail-heading', text: 'Shared concepts' }),
      h('p', {
        class: 'hint',
        text: 'Select a cell of the heatmap to list the concepts the two topics share.',
      }),
    );
  }

  function select(a, b) {
    navigate('overlap', { a, b });
  }

  async function showDetail() {
    markSelectedCell(matrixRegion, selected);
    if (!selected) {
      drawHint();
      return;
    }
    const request = ++detailRequest;
    loading(detail, 'the shared concepts');
    let overlap;
    try {
      ({ topicOverlap: overlap } = await query(TOPIC_OVERLAP, selected));
    } catch (error) {
      if (request === detailRequest) failure(detail, error, () => showDetail());
      return;
    }
    if (request !== detailRequest) return; // a newer selection won
    loaded(detail);
    if (!overlap) {
      replace(
        detail,
        h('p', {
          class: 'error',
          role: 'alert',
          text: 'One of these topics is not in the corpus.',
        }),
      );
      return;
    }
    replace(detail, overlapDetail(overlap));
  }

  let lastParams = {};
  async function show(params) {
    lastParams = params;
    if (!data && !(await load())) return;
    const known = (slug) => data.allSlugs.has(slug); // a shared pair may lie beyond the grid
    selected =
      params.a && params.b && known(params.a) && known(params.b)
        ? { a: params.a, b: params.b }
        : null;
    await showDetail();
  }

  return { show };
}

function firstOnly(data) {
  return h('p', {
    class: 'notice',
    role: 'note',
    text:
      `Showing the first ${data.topics.length} of ${plural(data.allSlugs.size, 'topic')} ` +
      '(in file-name order): a larger grid cannot be read. Every pair is in ' +
      'overlap-matrix.csv of the CSV download, and a link to any pair still opens it here.',
  });
}

function indexMatrix({ topics, overlapMatrix, total }) {
  const jaccard = new Map();
  let maxJaccard = 0;
  for (const { a, b, jaccard: value } of overlapMatrix) {
    jaccard.set(`${a.slug} ${b.slug}`, value);
    jaccard.set(`${b.slug} ${a.slug}`, value);
    if (a.slug !== b.slug) maxJaccard = Math.max(maxJaccard, value);
  }
  const bySlug = new Map(
    topics.map((topic, index) => [topic.slug, { ...topic, number: index + 1 }]),
  );
  return {
    topics: [...bySlug.values()],
    bySlug,
    allSlugs: new Set(total.map((topic) => topic.slug)),
    maxJaccard,
    jaccardOf: (a, b) => (a === b ? 1 : (jaccard.get(`${a} ${b}`) ?? 0)),
  };
}

function cellLabel(a, b, value) {
  if (a.slug === b.slug) return `${a.title}: the same topic`;
  return `${a.title} and ${b.title}: Jaccard ${decimal(value)}`;
}

function heatmapTable(data, select) {
  const { topics, maxJaccard } = data;
  const compact = topics.length > COMPACT_ABOVE;
  const cellButtons = [];
  const table = h(
    'table',
    {
      class: `heatmap${compact ? ' compact' : ''}`,
      'aria-label': 'Topic overlap heatmap (Jaccard)',
    },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('td', { class: 'corner' }),
        topics.map((topic) =>
          h(
            'th',
            { scope: 'col', title: topic.title, 'aria-label': topic.title },
            h('span', { class: 'topic-number', text: String(topic.number) }),
            !compact && h('span', { class: 'column-title', text: topic.title }),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      topics.map((rowTopic, row) =>
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            h('span', { class: 'topic-number', text: String(rowTopic.number) }),
            h('span', { class: 'row-title', text: rowTopic.title }),
          ),
          topics.map((columnTopic, column) => {
            const value = data.jaccardOf(rowTopic.slug, columnTopic.slug);
            const same = rowTopic.slug === columnTopic.slug;
            const colour = viridis(maxJaccard > 0 ? value / maxJaccard : 0);
            const button = h('button', {
              type: 'button',
              class: same ? 'cell same' : 'cell',
              tabindex: row === 0 && column === 0 ? '0' : '-1',
              'aria-label': cellLabel(rowTopic, columnTopic, value),
              'aria-pressed': 'false',
              title: cellLabel(rowTopic, columnTopic, value),
              dataset: {
                a: rowTopic.slug,
                b: columnTopic.slug,
                jaccard: String(value),
                row,
                column,
              },
              style: same ? {} : { background: rgb(colour), color: textOn(colour) },
              text: same ? '—' : decimal(value),
              on: { click: () => select(rowTopic.slug, columnTopic.slug) },
            });
            cellButtons.push(button);
            return h('td', {}, button);
          }),
        ),
      ),
    ),
  );
  table.addEventListener('keydown', (event) => moveFocus(event, cellButtons, topics.length));
  return h('div', { class: 'heatmap-scroll' }, table);
}

// Roving tabindex: one cell is in the tab order; arrows, Home and End move within the grid.
function moveFocus(event, buttons, size) {
  const current = event.target.closest('button.cell');
  if (!current) return;
  const row = Number(current.dataset.row);
  const column = Number(current.dataset.column);
  const moves = {
    ArrowRight: [row, Math.min(column + 1, size - 1)],
    ArrowLeft: [row, Math.max(column - 1, 0)],
    ArrowDown: [Math.min(row + 1, size - 1), column],
    ArrowUp: [Math.max(row - 1, 0), column],
    Home: [event.ctrlKey ? 0 : row, 0],
    End: [event.ctrlKey ? size - 1 : row, size - 1],
  };
  const target = moves[event.key];
  if (!target) return;
  event.preventDefault();
  focusCell(buttons[target[0] * size + target[1]], buttons);
}

function focusCell(button, buttons) {
  for (const other of buttons) other.tabIndex = -1;
  button.tabIndex = 0;
  button.focus();
}

function markSelectedCell(region, selected) {
  const buttons = [...region.querySelectorAll('button.cell')];
  for (const button of buttons) {
    const { a, b } = button.dataset;
    const pressed = Boolean(selected) && a === selected.a && b === selected.b;
    const mirror = Boolean(selected) && a === selected.b && b === selected.a && !pressed;
    button.setAttribute('aria-pressed', String(pressed));
    button.classList.toggle('mirror', mirror);
    if (pressed) {
      for (const other of buttons) other.tabIndex = -1;
      button.tabIndex = 0;
    }
  }
}

function legend(maxJaccard) {
  return h(
    'div',
    { class: 'legend heatmap-legend', 'aria-hidden': 'true' },
    h('span', { class: 'legend-title', text: 'Jaccard' }),
    h('span', { class: 'legend-end', text: '0' }),
    h('span', { class: 'gradient', style: { background: viridisGradient() } }),
    h('span', { class: 'legend-end', text: decimal(maxJaccard) }),
    h('span', {
      class: 'legend-note',
      text: `(scale runs to the largest overlap of two different topics)`,
    }),
    h('span', { class: 'swatch same' }),
    h('span', { text: 'same topic' }),
  );
}

// The same numbers as a table, most overlapping pairs first: for screen readers and
// for anyone who prefers to read.
function pairTable(data, select) {
  const pairs = [];
  data.topics.forEach((a, i) => {
    for (const b of data.topics.slice(i + 1))
      pairs.push({ a, b, value: data.jaccardOf(a.slug, b.slug) });
  });
  pairs.sort((x, y) => y.value - x.value || x.a.number - y.a.number || x.b.number - y.b.number);
  return h(
    'details',
    { class: 'table-view' },
    h('summary', {
      text: `Table view: ${plural(pairs.length, 'pair')} of topics, most overlap first`,
    }),
    h(
      'table',
      { class: 'data-table' },
      h('caption', {
        class: 'visually-hidden',
        text: 'Topic overlap, most overlapping pairs first',
      }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: 'Topic' }),
          h('th', { scope: 'col', text: 'Topic' }),
          h('th', { scope: 'col', text: 'Jaccard' }),
          h('th', { scope: 'col', text: 'Details' }),
        ),
      ),
      h(
        'tbody',
        {},
        pairs.map(({ a, b, value }) =>
          h(
            'tr',
            {},
            h('td', { text: a.title }),
            h('td', { text: b.title }),
            h('td', { class: 'number', text: decimal(value) }),
            h(
              'td',
              {},
              h('button', {
                type: 'button',
                class: 'link-button',
                'aria-label': `Shared concepts of ${a.title} and ${b.title}`,
                text: 'Shared concepts',
                on: { click: () => select(a.slug, b.slug) },
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

function overlapDetail(overlap) {
  const { a, b, jaccard } = overlap;
  if (a.slug === b.slug) {
    return [
      h('h3', { id: 'overlap-detail-heading' }, topicLink(a)),
      h('p', {
        class: 'hint',
        text: `The same topic: ${plural(overlap.sharedConcepts.length, 'concept')} it mentions.`,
      }),
      h(
        'section',
        { class: 'overlap-group', dataset: { group: 'shared' } },
        conceptChips(overlap.sharedConcepts),
      ),
    ];
  }
  const total = overlap.sharedConcepts.length + overlap.onlyInA.length + overlap.onlyInB.length;
  return [
    h(
      'h3',
      { id: 'overlap-detail-heading' },
      topicLink(a),
      h('span', { class: 'versus', text: ' and ' }),
      topicLink(b),
    ),
    h('p', {
      class: 'overlap-score',
      text: `Jaccard ${decimal(jaccard)}: ${overlap.sharedConcepts.length} of ${plural(total, 'concept')} shared`,
    }),
    chipLegend(),
    group(
      'shared',
      `Shared (${overlap.sharedConcepts.length})`,
      overlap.sharedConcepts,
      'Nothing in common.',
    ),
    group('only-a', `Only in “${a.title}” (${overlap.onlyInA.length})`, overlap.onlyInA),
    group('only-b', `Only in “${b.title}” (${overlap.onlyInB.length})`, overlap.onlyInB),
  ];
}

function chipLegend() {
  return h(
    'p',
    { class: 'legend chip-legend', 'aria-hidden': 'true' },
    h('span', { class: 'chip-kind', text: 'C' }),
    ' concept ',
    h('span', { class: 'chip-kind model', text: 'M' }),
    ' named model; select one to see it on the concept map',
  );
}

function group(name, heading, concepts, empty = 'None') {
  return h(
    'section',
    { class: 'overlap-group', dataset: { group: name } },
    h('h4', { text: heading }),
    conceptChips(concepts, empty),
  );
}
