// The topic overlap view: a topics × topics heatmap, a table of the same numbers, and,
// for the selected pair, what they share and what each has alone. The reader chooses
// the measure: shared content (`similarity`, what the topics teach) or shared concepts
// (Jaccard of the names they mention); the address bar keeps the choice.
// Rows and columns are ordered so that similar topics sit together (average-linkage
// clustering of 1 − the measure), cells are coloured by rank (the scale spreads the
// values the corpus has), headers stay in view, and a large corpus compares the topics
// one chooses.
import { query } from './api.js';
import { decimal, failure, h, loaded, loading, plural, replace } from './dom.js';
import { conceptChips, topicLink } from './links.js';
import { rgb, textOn, viridis, viridisGradient } from './palette.js';
import { OVERLAP, OVERLAP_TOPICS, TOPIC_OVERLAP } from './queries.js';
import { navigate } from './route.js';

const COMPACT_ABOVE = 8; // more topics than this: compact cells, headed by number
// A larger grid is unreadable on a screen (and a large corpus has millions of pairs):
// the heatmap compares at most this many topics at once, the first ones until the reader
// chooses others; every pair is in the CSV export.
export const MATRIX_TOPICS = 50;
const ROWS_PER_TASK = 10; // a large grid is built a few rows per task
const SHORT_TITLE = 28; // characters of a title shown beside a row
// What colours a cell, the first by default: shared content reads what the topics teach,
// not only the names they share. `key` is the address bar's `measure`, `field` the
// TopicOverlap field, `name` what a cell's label calls the number.
export const MEASURES = [
  {
    key: 'content',
    field: 'similarity',
    label: 'Shared content',
    name: 'similarity',
    note: 'what the two teach in common: their content terms and the concepts they share',
  },
  {
    key: 'concepts',
    field: 'jaccard',
    label: 'Shared concepts',
    name: 'Jaccard',
    note: 'the share of named concepts both mention',
  },
];
const measureOf = (key) => MEASURES.find((measure) => measure.key === key) ?? MEASURES[0];

export function createOverlapView(container) {
  const matrixRegion = h('div', { class: 'heatmap-region', 'aria-busy': 'true' });
  const chooserRegion = h('div', { class: 'chooser-region' });
  const measureControl = measureChooser((key) =>
    navigate('overlap', { a: lastParams.a, b: lastParams.b, measure: key }),
  );
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
            'Each cell says how much two topics have in common, by the measure chosen below (0 = nothing, ' +
            '1 = the same). Similar topics sit together, so blocks of overlap show. Select a cell, ' +
            'or use the arrow keys and Enter, to see what they share.',
        }),
        chooserRegion,
        measureControl.element,
        matrixRegion,
      ),
      detail,
    ),
  );
  let all = null; // every topic, in slug order
  let chosen = null; // the slugs compared
  let data = null;
  let measure = MEASURES[0];
  let selected = null; // { a, b } slugs
  let overlap = null; // the selected pair's answer, kept while the measure changes
  drawHint();
  let detailRequest = 0;
  let drawing = 0;

  async function load() {
    loading(matrixRegion, 'the overlap matrix');
    try {
      if (!all) ({ topics: all } = await query(OVERLAP_TOPICS));
      chosen ??= all.slice(0, MATRIX_TOPICS).map((topic) => topic.slug);
      const bySlug = new Map(all.map((topic) => [topic.slug, topic]));
      const shown = chosen.map((slug) => bySlug.get(slug)).filter(Boolean);
      const { overlapMatrix } = await query(OVERLAP, {
        topics: shown.length < all.length ? shown.map((topic) => topic.slug) : null,
      });
      data = indexMatrix({ topics: shown, overlapMatrix, total: all });
      measureControl.element.hidden = shown.length < 2;
    } catch (error) {
      failure(matrixRegion, error, () => show(lastParams));
      return false;
    }
    replace(chooserRegion, all.length > 1 ? topicChooser(all, chosen, compare) : null);
    await drawMatrix();
    loaded(matrixRegion);
    return true;
  }

  async function compare(slugs) {
    chosen = slugs;
    data = null;
    await show(lastParams);
  }

  async function drawMatrix() {
    const mine = ++drawing;
    if (data.topics.length === 0) {
      detail.hidden = data.allSlugs.size === 0;
      replace(
        matrixRegion,
        h('p', {
          class: 'empty',
          text:
            data.allSlugs.size === 0
              ? 'This corpus has no topics yet: there is nothing to compare. Add topic documents to ' +
                'the corpus folder and restart the server.'
              : 'No topic is chosen: choose the topics to compare above.',
        }),
      );
      return;
    }
    const view = arrange(data, measure);
    const grid = heatmapTable(view, select, () => mine !== drawing);
    if (data.topics.length === 1) {
      replace(
        matrixRegion,
        data.topics.length < data.allSlugs.size ? firstOnly(data) : null,
        grid.element,
        h('p', { class: 'hint', text: 'One topic only: there is nothing to compare it with yet.' }),
      );
      await grid.filled;
      return;
    }
    replace(
      matrixRegion,
      data.topics.length < data.allSlugs.size ? firstOnly(data) : null,
      legend(view),
      h('p', { class: 'cell-readout', id: 'cell-readout', 'aria-hidden': 'true' }),
      grid.element,
      pairTable(view, select),
    );
    await grid.filled;
    if (mine === drawing) markSelectedCell(matrixRegion, selected);
  }

  function drawHint() {
    replace(
      detail,
      h('h3', { id: 'overlap-detail-heading', text: 'What two topics share' }),
      h('p', {
        class: 'hint',
        text:
          'Select a cell of the heatmap to list what the two topics teach in common: the terms ' +
          'and the concepts they share.',
      }),
    );
  }

  function select(a, b) {
    navigate('overlap', { a, b, measure: measure.key });
  }

  async function showDetail() {
    markSelectedCell(matrixRegion, selected);
    const request = ++detailRequest;
    if (!selected) {
      overlap = null;
      drawHint();
      return;
    }
    const same = overlap && overlap.a.slug === selected.a && overlap.b.slug === selected.b;
    if (!same) {
      loading(detail, 'what the two topics share');
      let answer;
      try {
        ({ topicOverlap: answer } = await query(TOPIC_OVERLAP, selected));
      } catch (error) {
        if (request === detailRequest) failure(detail, error, () => showDetail());
        return;
      }
      if (request !== detailRequest) return; // a newer selection won
      loaded(detail);
      overlap = answer;
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
    }
    replace(detail, overlapDetail(overlap, measure));
  }

  let lastParams = {};
  async function show(params) {
    lastParams = params;
    const next = measureOf(params.measure);
    const changed = next !== measure;
    measure = next;
    measureControl.set(measure);
    if (!data) {
      if (!(await load())) return;
    } else if (changed) await drawMatrix();
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
      `Comparing ${data.topics.length} of ${plural(data.allSlugs.size, 'topic')}` +
      (data.chosenByReader ? ' (your choice)' : ' (the first in file-name order)') +
      `: a grid of more than ${MATRIX_TOPICS} cannot be read. Choose the topics to compare above. ` +
      'Every pair is in similarity-matrix.csv and overlap-matrix.csv of the CSV download, and a link ' +
      'to any pair still opens it here.',
  });
}

// The topics to compare: a filterable list of checkboxes, at most MATRIX_TOPICS at once.
function topicChooser(all, chosen, compare) {
  const picked = new Set(chosen);
  const boxes = new Map();
  const status = h('p', { class: 'chooser-status', 'aria-live': 'polite' });
  const apply = h('button', { type: 'button', class: 'chooser-apply', text: 'Compare' });
  const filter = h('input', {
    type: 'search',
    id: 'topic-filter',
    class: 'search-input',
    placeholder: 'words in a title',
    autocomplete: 'off',
  });
  function update() {
    status.textContent = `${picked.size} of ${plural(all.length, 'topic')} chosen (at most ${MATRIX_TOPICS}).`;
    apply.disabled = picked.size === 0 || picked.size > MATRIX_TOPICS;
  }
  const list = h(
    'ul',
    { class: 'chooser-list', 'aria-label': 'Topics' },
    all.map((topic, index) => {
      const box = h('input', {
        type: 'checkbox',
        id: `choose-${index}`,
        checked: picked.has(topic.slug),
        on: {
          change: () => {
            if (box.checked) picked.add(topic.slug);
            else picked.delete(topic.slug);
            update();
          },
        },
      });
      boxes.set(topic.slug, box);
      return h(
        'li',
        { dataset: { title: topic.title.toLowerCase() } },
        box,
        h('label', { for: `choose-${index}`, text: topic.title }),
      );
    }),
  );
  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase().trim();
    for (const item of list.children)
      item.hidden = words !== '' && !item.dataset.title.includes(words);
  });
  const setAll = (checked) => {
    for (const item of list.children) {
      if (item.hidden) continue;
      const box = item.querySelector('input');
      box.checked = checked;
      const slug = all[Number(box.id.slice('choose-'.length))].slug;
      if (checked) picked.add(slug);
      else picked.delete(slug);
    }
    update();
  };
  apply.addEventListener('click', () =>
    compare(all.filter((t) => picked.has(t.slug)).map((t) => t.slug)),
  );
  update();
  return h(
    'details',
    { class: 'topic-chooser' },
    h('summary', {
      text: `Topics compared: ${chosen.length} of ${all.length}. Choose others`,
    }),
    h(
      'div',
      { class: 'chooser-body' },
      h('label', {
        for: 'topic-filter',
        class: 'field-label',
        text: 'Show topics whose title has',
      }),
      filter,
      h(
        'div',
        { class: 'chooser-actions' },
        h('button', {
          type: 'button',
          text: 'Choose those shown',
          on: { click: () => setAll(true) },
        }),
        h('button', {
          type: 'button',
          text: 'Clear those shown',
          on: { click: () => setAll(false) },
        }),
        apply,
      ),
      status,
      list,
    ),
  );
}

// The matrix as it came, both measures of every pair; `arrange` orders it for one measure.
function indexMatrix({ topics, overlapMatrix, total }) {
  const pairs = new Map(); // "a b" (both ways) -> { jaccard, similarity }
  for (const pair of overlapMatrix) {
    const values = { jaccard: pair.jaccard, similarity: pair.similarity };
    pairs.set(`${pair.a.slug} ${pair.b.slug}`, values);
    pairs.set(`${pair.b.slug} ${pair.a.slug}`, values);
  }
  return {
    topics, // in the order chosen (file-name order unless the reader chose)
    pairs,
    allSlugs: new Set(total.map((topic) => topic.slug)),
    chosenByReader: topics.some((topic, index) => total[index]?.slug !== topic.slug),
    arranged: new Map(), // measure key -> arrange()'s answer, computed once
  };
}

/**
 * The matrix for one measure: `valueOf(a, b)` (1 for a topic with itself), the topics
 * ordered so that similar ones sit together by that measure and numbered as they were
 * chosen (a topic keeps its number whatever the measure), and the colour scale.
 */
function arrange(data, measure) {
  const known = data.arranged.get(measure.key);
  if (known) return known;
  const { topics, pairs } = data;
  const valueOf = (a, b) => (a === b ? 1 : (pairs.get(`${a} ${b}`)?.[measure.field] ?? 0));
  const values = [];
  topics.forEach((a, i) => {
    for (const b of topics.slice(i + 1)) values.push(valueOf(a.slug, b.slug));
  });
  const ordered = similarFirst(topics, valueOf).map((index) => ({
    ...topics[index],
    number: index + 1,
  }));
  const arranged = {
    ...data,
    measure,
    topics: ordered,
    scale: rankScale(values),
    valueOf,
  };
  data.arranged.set(measure.key, arranged);
  return arranged;
}

/**
 * The order of `topics` that puts similar ones side by side: average-linkage clustering
 * on 1 − `valueOf(a, b)` (a measure from 0 to 1), leaves read left to right, the closer
 * pair's members kept together. Ties are broken by position, so the same topics always
 * give the same order.
 */
export function similarFirst(topics, valueOf) {
  const n = topics.length;
  if (n <= 2) return topics.map((_, index) => index);
  const distance = Array.from({ length: n }, (_, i) =>
    Float64Array.from({ length: n }, (_, j) => 1 - valueOf(topics[i].slug, topics[j].slug)),
  );
  let clusters = topics.map((_, index) => ({ members: [index], size: 1, id: index }));
  const between = new Map(); // "id id" -> average distance
  const key = (a, b) => (a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`);
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) between.set(key(clusters[i], clusters[j]), distance[i][j]);
  }
  let nextId = n;
  while (clusters.length > 1) {
    let best = null;
    for (let i = 0; i < clusters.length; i += 1) {
      for (let j = i + 1; j < clusters.length; j += 1) {
        const d = between.get(key(clusters[i], clusters[j]));
        if (best === null || d < best.d - 1e-12) best = { i, j, d };
      }
    }
    const a = clusters[best.i];
    const b = clusters[best.j];
    const merged = { members: [...a.members, ...b.members], size: a.size + b.size, id: nextId++ };
    const rest = clusters.filter((_, index) => index !== best.i && index !== best.j);
    for (const other of rest) {
      const d =
        (between.get(key(a, other)) * a.size + between.get(key(b, other)) * b.size) / merged.size;
      between.set(key(merged, other), d);
    }
    clusters = [...rest, merged];
  }
  return clusters[0].members;
}

/**
 * A colour scale that spreads the values the corpus has: a value's colour is its rank
 * among all the pairs' values (0 for the smallest, 1 for the largest), so that a corpus
 * whose overlaps are all small still shows which are larger. `at(value)` gives 0..1;
 * `ticks` are the values at 0, ¼, ½, ¾ and 1 of the scale, for the legend.
 */
export function rankScale(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (value) => {
    if (sorted.length < 2) return sorted.length === 1 && value >= sorted[0] ? 1 : 0;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid] < value) low = mid + 1;
      else high = mid;
    }
    const first = low;
    while (high < sorted.length && sorted[high] === value) high += 1;
    const rank = (first + Math.max(first, high - 1)) / 2; // ties share their middle rank
    return Math.min(1, Math.max(0, rank / (sorted.length - 1)));
  };
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((q) =>
    sorted.length ? sorted[Math.round(q * (sorted.length - 1))] : 0,
  );
  return { at, ticks };
}

function shortTitle(title) {
  if (title.length <= SHORT_TITLE) return title;
  const cut = title.slice(0, SHORT_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 12 ? cut.slice(0, space) : cut}…`;
}

function cellLabel(a, b, value, measure) {
  if (a.slug === b.slug) return `${a.title}: the same topic`;
  return `${a.title} and ${b.title}: ${measure.label.toLowerCase()}, ${measure.name} ${decimal(value)}`;
}

// The grid; `filled` resolves once every row is in (rows are added a few per task, and no
// more once `stale()` says a newer grid replaced this one).
function heatmapTable(data, select, stale = () => false) {
  const { topics, scale, measure } = data;
  const compact = topics.length > COMPACT_ABOVE;
  const cellButtons = [];
  const body = h('tbody', {});
  const table = h(
    'table',
    {
      class: `heatmap${compact ? ' compact' : ''}`,
      'aria-label': `Topic overlap heatmap: ${measure.label.toLowerCase()} (${measure.name})`,
      dataset: { measure: measure.key },
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
    body,
  );
  const row = (rowTopic, rowIndex) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row', title: rowTopic.title },
        h('span', { class: 'topic-number', text: String(rowTopic.number) }),
        h('span', {
          class: 'row-title',
          text: compact ? shortTitle(rowTopic.title) : rowTopic.title,
          'aria-label': compact ? rowTopic.title : null,
        }),
      ),
      topics.map((columnTopic, column) => {
        const value = data.valueOf(rowTopic.slug, columnTopic.slug);
        const same = rowTopic.slug === columnTopic.slug;
        const colour = viridis(scale.at(value));
        const label = cellLabel(rowTopic, columnTopic, value, measure);
        const button = h('button', {
          type: 'button',
          class: same ? 'cell same' : 'cell',
          tabindex: rowIndex === 0 && column === 0 ? '0' : '-1',
          'aria-label': label,
          'aria-pressed': 'false',
          title: label,
          dataset: {
            a: rowTopic.slug,
            b: columnTopic.slug,
            value: String(value),
            row: rowIndex,
            column,
          },
          style: same ? {} : { background: rgb(colour), color: textOn(colour) },
          text: compact ? null : same ? '—' : decimal(value),
          on: { click: () => select(rowTopic.slug, columnTopic.slug) },
        });
        cellButtons[rowIndex * topics.length + column] = button;
        return h('td', {}, button);
      }),
    );
  const filled = (async () => {
    for (let start = 0; start < topics.length; start += ROWS_PER_TASK) {
      if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      if (stale()) return;
      body.append(
        ...topics.slice(start, start + ROWS_PER_TASK).map((topic, i) => row(topic, start + i)),
      );
    }
  })();
  table.addEventListener('keydown', (event) => moveFocus(event, cellButtons, topics.length));
  // the full titles of the cell under the pointer or in focus, above the grid
  const readout = (event) => {
    const cell = event.target.closest?.('button.cell');
    const line = document.getElementById('cell-readout');
    if (cell && line) line.textContent = cell.getAttribute('aria-label');
  };
  table.addEventListener('focusin', readout);
  table.addEventListener('mouseover', readout);
  const scroller = h('div', { class: 'heatmap-scroll' }, table);
  return { element: scroller, filled };
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
  const button = buttons[target[0] * size + target[1]];
  if (button) focusCell(button, buttons);
}

function focusCell(button, buttons) {
  for (const other of buttons) if (other) other.tabIndex = -1;
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

function legend(data) {
  const { scale, measure } = data;
  return h(
    'div',
    { class: 'legend heatmap-legend', 'aria-hidden': 'true', dataset: { measure: measure.key } },
    h('span', { class: 'legend-title', text: `${measure.label} (${measure.name})` }),
    h(
      'span',
      { class: 'legend-scale' },
      h('span', { class: 'gradient', style: { background: viridisGradient() } }),
      h(
        'span',
        { class: 'legend-ticks' },
        scale.ticks.map((value) => h('span', { text: decimal(value) })),
      ),
    ),
    h('span', {
      class: 'legend-note',
      text: 'colour by rank: a quarter of the pairs lie between two marks',
    }),
    h('span', { class: 'swatch same' }),
    h('span', { text: 'same topic' }),
  );
}

// The same numbers as a table, most overlapping pairs first: for screen readers and
// for anyone who prefers to read.
function pairTable(data, select) {
  const { measure } = data;
  const pairs = [];
  data.topics.forEach((a, i) => {
    for (const b of data.topics.slice(i + 1))
      pairs.push({ a, b, value: data.valueOf(a.slug, b.slug) });
  });
  pairs.sort((x, y) => y.value - x.value || x.a.number - y.a.number || x.b.number - y.b.number);
  return h(
    'details',
    { class: 'table-view' },
    h('summary', {
      text: `Table view: ${plural(pairs.length, 'pair')} of topics, most ${measure.label.toLowerCase()} first`,
    }),
    h(
      'table',
      { class: 'data-table' },
      h('caption', {
        class: 'visually-hidden',
        text: `Topic overlap: ${measure.label.toLowerCase()} (${measure.name}), most first`,
      }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: 'Topic' }),
          h('th', { scope: 'col', text: 'Topic' }),
          h('th', { scope: 'col', text: `${measure.label} (${measure.name})` }),
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
                'aria-label': `What they share: ${a.title} and ${b.title}`,
                text: 'What they share',
                on: { click: () => select(a.slug, b.slug) },
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

// The reader's choice of measure: a radio group (arrow keys move between the options).
function measureChooser(choose) {
  const inputs = new Map();
  const element = h(
    'fieldset',
    { class: 'measure-chooser' },
    h('legend', { text: 'Compare topics by' }),
    MEASURES.map((measure) => {
      const id = `measure-${measure.key}`;
      const input = h('input', {
        type: 'radio',
        name: 'overlap-measure',
        id,
        value: measure.key,
        'aria-describedby': `${id}-note`,
        on: { change: () => input.checked && choose(measure.key) },
      });
      inputs.set(measure.key, input);
      return h(
        'div',
        { class: 'measure-option' },
        input,
        h(
          'span',
          {},
          h('label', { for: id, class: 'measure-label', text: measure.label }),
          h('span', { class: 'option-note', id: `${id}-note`, text: measure.note }),
        ),
      );
    }),
  );
  const set = (current) => {
    for (const [key, input] of inputs) input.checked = key === current.key;
  };
  return { element, set };
}

const TERM_WEIGHT_DIGITS = 3; // term weights are small (a topic's terms together weigh 1)

// What a selected pair shares: both measures (the chosen one first), the content terms
// both teach, and the concepts both mention; the chosen measure's evidence comes first.
function overlapDetail(overlap, measure) {
  const { a, b } = overlap;
  if (a.slug === b.slug) {
    return [
      h('h3', { id: 'overlap-detail-heading' }, topicLink(a)),
      h('p', {
        class: 'hint',
        text: `The same topic: its heaviest terms and the ${plural(overlap.sharedConcepts.length, 'concept')} it mentions.`,
      }),
      termGroup(overlap.sharedTerms, 'Its heaviest terms'),
      h(
        'section',
        { class: 'overlap-group', dataset: { group: 'shared' } },
        conceptChips(overlap.sharedConcepts),
      ),
    ];
  }
  const total = overlap.sharedConcepts.length + overlap.onlyInA.length + overlap.onlyInB.length;
  const scores = {
    content: `${decimal(overlap.similarity)}`,
    concepts: `${decimal(overlap.jaccard)}: ${overlap.sharedConcepts.length} of ${plural(total, 'concept')} shared`,
  };
  const ranked = [measure, ...MEASURES.filter((other) => other !== measure)];
  const terms = termGroup(overlap.sharedTerms, 'Terms both teach');
  const concepts = [
    chipLegend(),
    group(
      'shared',
      `Concepts both mention (${overlap.sharedConcepts.length})`,
      overlap.sharedConcepts,
      'Nothing in common.',
    ),
    group('only-a', `Only in “${a.title}” (${overlap.onlyInA.length})`, overlap.onlyInA),
    group('only-b', `Only in “${b.title}” (${overlap.onlyInB.length})`, overlap.onlyInB),
  ];
  return [
    h(
      'h3',
      { id: 'overlap-detail-heading' },
      topicLink(a),
      h('span', { class: 'versus', text: ' and ' }),
      topicLink(b),
    ),
    h(
      'ul',
      { class: 'overlap-scores' },
      ranked.map((shown) =>
        h(
          'li',
          { class: shown === measure ? 'chosen' : null, dataset: { measure: shown.key } },
          `${shown.label} (${shown.name}) ${scores[shown.key]}`,
        ),
      ),
    ),
    measure.key === 'concepts' ? [concepts, terms] : [terms, concepts],
  ];
}

// The content terms two topics share, heaviest first: each with its weight, as a number
// and as a bar beside the heaviest's.
function termGroup(terms, heading) {
  const heaviest = Math.max(...terms.map((term) => term.weight), Number.MIN_VALUE);
  return h(
    'section',
    { class: 'overlap-group', dataset: { group: 'terms' } },
    h('h4', { text: `${heading} (${terms.length})` }),
    terms.length === 0
      ? h('p', { class: 'none', text: 'No content term in common.' })
      : [
          h('p', {
            class: 'legend',
            text:
              'Heaviest first. A term weighs more where it is a domain term and few passages use ' +
              'it; the bar compares it with the heaviest.',
          }),
          h(
            'ul',
            { class: 'term-list' },
            terms.map((term) =>
              h(
                'li',
                { class: 'term' },
                h('span', { class: 'term-text', text: term.text }),
                h(
                  'span',
                  { class: 'term-bar', 'aria-hidden': 'true' },
                  h('span', {
                    class: 'term-bar-fill',
                    style: { width: `${Math.max(3, (100 * term.weight) / heaviest).toFixed(1)}%` },
                  }),
                ),
                h(
                  'span',
                  { class: 'term-weight' },
                  h('span', { class: 'visually-hidden', text: 'weight ' }),
                  term.weight.toFixed(TERM_WEIGHT_DIGITS),
                ),
              ),
            ),
          ),
        ],
  );
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
