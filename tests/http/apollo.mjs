// Apollo Client (core, no React) against a live server: the normalised cache, interface
// fragments via possibleTypes, and cursor paging with fetchMore.
// Usage: node tests/http/apollo.mjs URL
// Prints one JSON array on stdout: [{check, ok, detail}, ...]. The Python test judges it.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

const url = process.argv[2];
if (!url) {
  console.error('usage: node tests/http/apollo.mjs URL');
  process.exit(2);
}

const client = new ApolloClient({
  link: new HttpLink({ uri: url }),
  cache: new InMemoryCache({
    possibleTypes: { Node: ['Topic', 'Concept', 'Statement', 'Passage', 'Theme', 'Link'] },
    typePolicies: { Query: { fields: { concepts: relayStylePagination(['kind', 'search']) } } },
  }),
});

const results = [];
function check(name, ok, detail) {
  results.push({ check: name, ok: Boolean(ok), detail });
}

// 1. Cursor paging: fetchMore until the last page; the cache merges every page.
const PAGE = gql`
  query Page($first: Int!, $after: String) {
    concepts(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name } }
    }
  }
`;
const watched = client.watchQuery({ query: PAGE, variables: { first: 7 } });
const subscription = watched.subscribe({ next() {}, error() {} });
let current = (await watched.refetch()).data;
let pages = 1;
while (current.concepts.pageInfo.hasNextPage && pages < 100) {
  await watched.fetchMore({ variables: { after: current.concepts.pageInfo.endCursor } });
  current = client.readQuery({ query: PAGE, variables: { first: 7 } });
  pages += 1;
}
subscription.unsubscribe();
const ids = current.concepts.edges.map((edge) => edge.node.id);
check('paging reaches the last page', !current.concepts.pageInfo.hasNextPage, { pages });
check('paging merges every concept exactly once', ids.length === new Set(ids).size && ids.length === current.concepts.totalCount, {
  merged: ids.length,
  unique: new Set(ids).size,
  totalCount: current.concepts.totalCount,
});

// 2. Interface fragments: a path mixes Concept and Topic behind Node.
const PATH = gql`
  fragment NodeFields on Node { id ... on Concept { name } ... on Topic { slug } }
  query Path { path(from: "LATER", to: "SERVQUAL") { ...NodeFields } }
`;
const path = (await client.query({ query: PATH })).data.path;
const typenames = path.map((step) => step.__typename);
check('interface fragments resolve every node type', path.every((step) => step.name || step.slug), { typenames });

// 3. Normalisation: a concept fetched through one field is the same cache entry as
// through another, identified by __typename and id.
const LATER = gql`query Later { concept(name: "later") { id name aliases } }`;
const later = (await client.query({ query: LATER })).data.concept;
const entry = client.cache.identify({ __typename: 'Concept', id: later.id });
const fromPath = path.find((step) => step.__typename === 'Concept' && step.id === later.id);
const viaFragment = client.readFragment({
  id: entry,
  fragment: gql`fragment Later on Node { id ... on Concept { name aliases } }`,
});
check('one cache entry per node, shared across queries', fromPath && viaFragment && viaFragment.name === later.name && viaFragment.aliases.length === later.aliases.length, {
  entry,
  cached: viaFragment,
});

// 4. A GraphQL error naming the argument reaches the client as an error, not a crash.
let argumentError = null;
try {
  await client.query({ query: PAGE, variables: { first: 1000 }, fetchPolicy: 'network-only' });
} catch (error) {
  argumentError = String(error.message);
}
check('an invalid argument is reported by name', argumentError && argumentError.includes("'first'"), { argumentError });

console.log(JSON.stringify(results));
