// The concept panel: what a concept is, where it is taught and assessed, and every
// related concept, a page at a time: the strongest with the topics they share and the
// statements that name both (as many as the API's `related(limit:)` gives), then the
// others by name (from `neighbors`). When `related` can be paged, the later pages can
// ask for their details too.
import { queryWithinLimits } from './api.js';
import { decimal, failure, h, loaded, loading, plural, replace } from './dom.js';
import { conceptLink, topicLink } from './links.js';
import { markerBackground } from './palette.js';
import { kindBadge } from './statements.js';
import { CONCEPT } from './queries.js';

const RELATED_PAGE = 8; // related concepts per page
const RELATED_LIMIT = 100; // the API's default largest list; a server set lower says so

export function createConceptPanel(element, { themeMarker }) {
  let request = 0;

  function empty() {
    request += 1;
    loaded(element);
    replace(
      element,
      h('h2', { class: 'panel-title', text: 'Concept' }),
      h('p', {
        class: 'hint',
        text:
          'Select a concept on the map or in the list, or search for one, to see where it is taught, ' +
          'what it is linked to and the statements behind each link.',
      }),
    );
  }

  /** Show the concept with this name; resolves to the concept (null when unknown). */
  async function show(name) {
    const mine = ++request;
    loading(element, name);
    let concept;
    try {
      const answer = await queryWithinLimits(
        CONCEPT,
        { name, related: RELATED_LIMIT },
        { limit: 'related' },
      );
      concept = answer.data.concept;
    } catch (error) {
      if (mine === request) failure(element, error, () => show(name));
      return null;
    }
    if (mine !== request) return null;
    loaded(element);
    if (!concept) {
      replace(
        element,
        h('h2', { class: 'panel-title', text: 'Concept not found' }),
        h('p', {
          class: 'error',
          role: 'alert',
          text: `No concept in this corpus is called “${name}”.`,
        }),
      );
      return null;
    }
    replace(element, ...conceptDetail(concept, themeMarker(concept.theme)));
    return concept;
  }

  empty();
  return { show, empty };
}

function conceptDetail(concept, marker) {
  const keyIn = new Set(concept.keyInTopics.map((topic) => topic.slug));
  const assessing = concept.assessedBy;
  const assessingIds = new Set(assessing.map((statement) => statement.id));
  const mentioning = concept.statements.filter(
    (statement) => statement.kind === 'MARKING_POINT' && !assessingIds.has(statement.id),
  );
  return [
    h(
      'header',
      { class: 'concept-header' },
      h('h2', { class: 'panel-title', id: 'concept-title', text: concept.name }),
      h('span', {
        class: `badge badge-kind-${concept.kind.toLowerCase()}`,
        text: concept.kind === 'MODEL' ? 'Model' : 'Concept',
      }),
    ),
    h(
      'p',
      { class: 'concept-theme' },
      h('span', {
        class: 'swatch round',
        style: { background: markerBackground(marker) },
        'aria-hidden': 'true',
      }),
      `Theme: ${concept.theme.label}`,
      h('span', { class: 'visually-hidden', text: ` (drawn ${marker.description})` }),
    ),
    concept.aliases.length > 0 &&
      h(
        'p',
        { class: 'aliases' },
        h('strong', { text: 'Also written as: ' }),
        concept.aliases.join(', '),
      ),
    concept.description && h('p', { class: 'description', text: concept.description }),
    h(
      'p',
      { class: 'centrality' },
      `Linked to ${plural(concept.centrality.degree, 'concept')}; PageRank ${decimal(concept.centrality.pagerank, 3)}, ` +
        `betweenness ${decimal(concept.centrality.betweenness, 3)}`,
    ),
    section(
      'topics',
      `Topics (${concept.topics.length})`,
      h(
        'ul',
        { class: 'plain-list' },
        concept.topics.map((topic) =>
          h(
            'li',
            {},
            topicLink(topic),
            keyIn.has(topic.slug) && h('span', { class: 'tag', text: 'key concept' }),
          ),
        ),
      ),
    ),
    section(
      'marking-points',
      `Marking points that assess it (${assessing.length})`,
      assessing.length === 0
        ? h('p', {
            class: 'none gap-note',
            text: 'No marking point assesses it as a key concept of its topic.',
          })
        : h(
            'ul',
            { class: 'statement-list' },
            assessing.map((statement) => statementItem(statement)),
          ),
    ),
    mentioning.length > 0 &&
      section(
        'mentioning-points',
        `Other marking points that name it (${mentioning.length})`,
        h(
          'ul',
          { class: 'statement-list' },
          mentioning.map((statement) => statementItem(statement)),
        ),
      ),
    relatedSection(concept),
  ];
}

function section(name, heading, ...content) {
  return h(
    'section',
    { class: 'panel-section', dataset: { section: name } },
    h('h3', { text: heading }),
    content,
  );
}

function statementItem(statement, { badge = false } = {}) {
  return h(
    'li',
    { class: 'statement', dataset: { kind: statement.kind } },
    badge && kindBadge(statement.kind),
    h('q', { text: statement.text }),
    h('span', { class: 'source' }, ' — ', topicLink(statement.topic)),
  );
}

function relatedSection(concept) {
  const detailed = concept.related;
  const known = new Set(detailed.map((link) => link.concept.id));
  const byName = concept.neighbors.filter(
    (other) => other.id !== concept.id && !known.has(other.id),
  );
  const items = [...detailed.map((link) => ({ link })), ...byName.map((other) => ({ other }))];
  const list = h('ol', { class: 'related-list' });
  const status = h('p', { class: 'related-page', 'aria-live': 'polite' });
  const previous = h('button', { type: 'button', class: 'page-previous', text: 'Previous' });
  const next = h('button', { type: 'button', class: 'page-next', text: 'Next' });
  const pages = Math.max(1, Math.ceil(items.length / RELATED_PAGE));
  let page = 0;
  function draw() {
    const first = page * RELATED_PAGE;
    const shown = items.slice(first, first + RELATED_PAGE);
    list.start = first + 1;
    replace(
      list,
      shown.map((item) => (item.link ? relatedItem(item.link) : namedItem(item.other))),
    );
    status.textContent =
      items.length === 0
        ? ''
        : `Related concepts ${first + 1}–${first + shown.length} of ${items.length} (page ${page + 1} of ${pages})`;
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  previous.addEventListener('click', () => {
    page = Math.max(0, page - 1);
    draw();
  });
  next.addEventListener('click', () => {
    page = Math.min(pages - 1, page + 1);
    draw();
  });
  draw();
  return section(
    'related',
    `Related concepts (${items.length})`,
    h('p', {
      class: 'hint',
      text: 'Strongest first. Links a passage names first, then strongest first: strength (0 to 1) counts shared topics and the passages that name both.',
    }),
    byName.length > 0 &&
      h('p', {
        class: 'hint related-note',
        text:
          `The first ${detailed.length} come with the topics and statements they share (the most the ` +
          `server gives at once); the other ${byName.length} are listed by name, A to Z: select one to see its own links.`,
      }),
    items.length === 0
      ? h('p', { class: 'none', text: 'It shares no topic with another concept.' })
      : [
          list,
          pages > 1 &&
            h(
              'nav',
              { class: 'related-pager', 'aria-label': 'Pages of related concepts' },
              previous,
              status,
              next,
            ),
        ],
  );
}

function namedItem(other) {
  return h(
    'li',
    { class: 'related related-named', dataset: { conceptId: other.id } },
    h('div', { class: 'related-head' }, conceptLink(other)),
  );
}

function relatedItem(link) {
  return h(
    'li',
    { class: 'related', dataset: { conceptId: link.concept.id } },
    h(
      'div',
      { class: 'related-head' },
      conceptLink(link.concept),
      h(
        'span',
        { class: 'strength', title: `strength ${decimal(link.strength)}` },
        h(
          'span',
          { class: 'strength-bar', 'aria-hidden': 'true' },
          h('span', { style: { width: `${Math.round(link.strength * 100)}%` } }),
        ),
        `strength ${decimal(link.strength)}`,
      ),
    ),
    h(
      'p',
      { class: 'shared-topics' },
      `${plural(link.sharedTopics.length, 'shared topic')}: `,
      link.sharedTopics.flatMap((topic, index) => [index > 0 ? ', ' : '', topicLink(topic)]),
    ),
    link.passages.length === 0
      ? h('p', {
          class: 'evidence-none',
          text: 'No passage names both: linked by shared topics only.',
        })
      : h(
          'div',
          { class: 'evidence' },
          h('p', { class: 'evidence-title', text: `Evidence (${link.passages.length})` }),
          h(
            'ul',
            { class: 'statement-list' },
            link.passages.map((passage) => statementItem(passage, { badge: true })),
          ),
        ),
  );
}
