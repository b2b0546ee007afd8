// The concept network as the map draws it, read a page at a time from the API.
import { query, queryWithinLimits } from './api.js';
import { CONCEPT_NETWORK, THEMES } from './queries.js';

const MAX_PAGES = 200; // 20,000 concepts: far beyond any corpus the map can show
// the API's default largest page and list; a server set lower says so, and is obeyed
const PAGE_SIZE = 100;
const LINKS_PER_CONCEPT = 100; // the strongest links of each concept: all of them in a small corpus

/**
 * { themes, concepts, links }: every concept with its theme index, and every link once
 * (source id < target id) with its weight (shared topics) and strength.
 */
export async function loadNetwork() {
  const [{ themes }, concepts] = await Promise.all([query(THEMES), loadConcepts()]);
  const themeIndex = new Map(themes.map((theme, index) => [theme.id, index]));
  const links = new Map();
  for (const concept of concepts) {
    for (const { concept: other, weight, strength } of concept.related) {
      const [source, target] =
        concept.id < other.id ? [concept.id, other.id] : [other.id, concept.id];
      const id = `${source} ${target}`;
      if (!links.has(id)) links.set(id, { id, source, target, weight, strength });
    }
  }
  return {
    themes: themes.map((theme, index) => ({ ...theme, index })),
    concepts: concepts.map(({ related, ...concept }) => ({
      ...concept,
      themeIndex: themeIndex.get(concept.theme.id) ?? -1,
    })),
    links: [...links.values()],
  };
}

async function loadConcepts() {
  const concepts = [];
  let variables = { first: PAGE_SIZE, after: null, related: LINKS_PER_CONCEPT };
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await queryWithinLimits(CONCEPT_NETWORK, variables, {
      first: 'first',
      limit: 'related',
    });
    const connection = answer.data.concepts;
    concepts.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) return concepts;
    variables = { ...answer.variables, after: connection.pageInfo.endCursor };
  }
  return concepts;
}
