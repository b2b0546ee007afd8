// The concept panel: what a concept is, where it is taught and assessed, and every
// related concept with the topics they share and the statements that name both.
import { queryWithinLimits } from './api.js';
import { decimal, failure, h, loaded, loading, plural, replace } from './dom.js';
import { conceptLink, topicLink } from './links.js';
import { kindBadge } from './statements.js';
import { CONCEPT } from './queries.js';

const RELATED_SHOWN = 8; // more behind a "show all" button
const RELATED_LIMIT = 100; // the API's default largest list; a server set lower says so

export function createConceptPanel(element, { themeColour }) {
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
    replace(element, ...conceptDetail(concept, themeColour(concept.theme.id)));
    return concept;
  }

  empty();
  return { show, empty };
}

function conceptDetail(concept, colour) {
  const keyIn = new Set(concept.keyInTopics.map((topic) => topic.slug));
  const markingPoints = concept.statements.filter(
    (statement) => statement.kind === 'MARKING_POINT',
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
      h('span', { class: 'swatch', style: { background: colour }, 'aria-hidden': 'true' }),
      `Theme: ${concept.theme.label}`,
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
      `Marking points that assess it (${markingPoints.length})`,
      markingPoints.length === 0
        ? h('p', { class: 'none gap-note', text: 'No marking point mentions it.' })
        : h(
            'ul',
            { class: 'statement-list' },
            markingPoints.map((statement) => statementItem(statement)),
          ),
    ),
    relatedSection(concept.related),
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

function relatedSection(related) {
  const list = h('ol', { class: 'related-list' });
  const more = h('button', { type: 'button', class: 'link-button show-more' });
  let expanded = false;
  function draw() {
    const shown = expanded ? related : related.slice(0, RELATED_SHOWN);
    replace(list, shown.map(relatedItem));
    more.hidden = related.length <= RELATED_SHOWN;
    more.textContent = expanded ? 'Show fewer' : `Show all ${related.length} related concepts`;
    more.setAttribute('aria-expanded', String(expanded));
  }
  more.addEventListener('click', () => {
    expanded = !expanded;
    draw();
  });
  draw();
  return section(
    'related',
    `Related concepts (${related.length})`,
    h('p', {
      class: 'hint',
      text: 'Strongest first. Strength (0 to 1) counts shared topics and, above all, statements that name both.',
    }),
    related.length === 0
      ? h('p', { class: 'none', text: 'It shares no topic with another concept.' })
      : list,
    more,
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
    link.evidence.length === 0
      ? h('p', {
          class: 'evidence-none',
          text: 'No statement names both: linked by shared topics only.',
        })
      : h(
          'div',
          { class: 'evidence' },
          h('p', { class: 'evidence-title', text: `Evidence (${link.evidence.length})` }),
          h(
            'ul',
            { class: 'statement-list' },
            link.evidence.map((statement) => statementItem(statement, { badge: true })),
          ),
        ),
  );
}
