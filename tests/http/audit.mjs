// Runs the graphql-http server audits against a live GraphQL endpoint.
// Usage: node tests/http/audit.mjs URL
// Prints one JSON array on stdout: [{id, name, status, reason?, responseStatus?}, ...];
// status is "ok", "notice", "warn" or "error". The Python test decides what passes.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node tests/http/audit.mjs URL');
  process.exit(2);
}

const results = [];
for (const { fn } of serverAudits({ url })) {
  // one at a time: the reasons stay readable and the server sees no burst
  const result = await fn();
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    entry.responseStatus = result.response.status;
  }
  results.push(entry);
}
console.log(JSON.stringify(results));
