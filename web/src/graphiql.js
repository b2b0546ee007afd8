// GraphiQL at GET /graphql, built here from npm so that it needs nothing but this server
// (the server sends this page to a browser that asks /graphql for HTML: serving/web.py).
import 'graphiql/setup-workers/vite'; // Monaco's editor, JSON and GraphQL workers, bundled
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

// Relative: the endpoint beside this page, wherever the server is mounted (at /graphql
// itself, or /graphiql.html from `npm run dev`, whose proxy forwards /graphql).
const ENDPOINT = new URL('graphql', window.location.href);

// The GraphQL-over-HTTP spec's media type first (real status codes), JSON for an
// older server; always a JSON body, since the server refuses a POST a browser could
// send cross-site without a preflight (text/plain, a form) as a possible CSRF.
const ACCEPT = 'application/graphql-response+json, application/json';

/** GraphiQL's fetcher: one POST per operation; the headers editor's headers go along. */
async function fetcher(params, options = {}) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { ...options.headers, 'Content-Type': 'application/json', Accept: ACCEPT },
    body: JSON.stringify(params),
  });
  return response.json();
}

const DEFAULT_QUERY = `# Curriculum Graph. Ctrl+Enter (or ▶) runs
# the query; Docs (the book, top left) say
# what every type, field and argument means.
# The README's API guide has more examples.

query TopicsWithKeyConcepts {
  topicsConnection(first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id slug title
      keyConcepts { name }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY }),
);
