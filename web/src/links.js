// Links between the views: every concept and topic name on the page leads somewhere.
import { h } from './dom.js';
import { hashFor } from './route.js';

const KIND_LABEL = { CONCEPT: 'concept', MODEL: 'model' };

/** A chip naming a concept, linking to it on the concept map. */
export function conceptLink(concept, extra = {}) {
  const kind = KIND_LABEL[concept.kind] ?? 'concept';
  return h(
    'a',
    {
      class: `chip chip-${kind}`,
      href: hashFor('map', { concept: concept.name }),
      title: `${concept.name} (${kind}): show on the concept map`,
      dataset: { conceptId: concept.id },
      ...extra,
    },
    h('span', { class: 'chip-kind', 'aria-hidden': 'true', text: kind === 'model' ? 'M' : 'C' }),
    h('span', { class: 'visually-hidden', text: `${kind}: ` }),
    h('span', { class: 'chip-name', text: concept.name }),
  );
}

/** A list of concept chips, or a quiet "none" line. */
export function conceptChips(concepts, empty = 'None') {
  if (concepts.length === 0) return h('p', { class: 'none', text: empty });
  return h(
    'ul',
    { class: 'chips' },
    concepts.map((concept) => h('li', {}, conceptLink(concept))),
  );
}

/** A link to a topic in the topic view. */
export function topicLink(topic) {
  return h('a', {
    class: 'topic-link',
    href: hashFor('topics', { topic: topic.slug }),
    text: topic.title,
  });
}
