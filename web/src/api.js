// The page's only way to the data: POST /graphql on the same origin.

const ENDPOINT = '/graphql';
const MAX_ATTEMPTS = 30; // 503 while the server loads the corpus: ~30 s of retries at most
const NETWORK_ATTEMPTS = 3;
const DEFAULT_RETRY_SECONDS = 1;

/** A GraphQL or HTTP failure, with the messages the server gave. */
export class ApiError extends Error {
  constructor(message, { status = null, errors = [] } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
  }
}

const listeners = new Set();
let waiting = 0;

/**
 * Be told while requests wait for the server: `listener({ waiting, message })`.
 * Returns a function that stops listening.
 */
export function onServerStatus(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(delta, message) {
  waiting += delta;
  for (const listener of listeners) listener({ waiting, message });
}

const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

function retryAfter(response) {
  const seconds = Number.parseFloat(response.headers.get('Retry-After') ?? '');
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 10) : DEFAULT_RETRY_SECONDS;
}

async function post(body) {
  let networkFailures = 0;
  for (let attempt = 1; ; attempt += 1) {
    let response;
    try {
      response = await fetch(ENDPOINT, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          // Not application/graphql-response+json: with it a query that does not
          // validate is a 400, which the browser logs as a failed load although the
          // page handles it (a field an older server lacks); as application/json it
          // is a 200 whose `errors` say the same.
          Accept: 'application/json',
        },
        body,
      });
    } catch (error) {
      networkFailures += 1;
      if (networkFailures >= NETWORK_ATTEMPTS) {
        throw new ApiError(`the server cannot be reached (${error.message})`);
      }
      await sleep(DEFAULT_RETRY_SECONDS);
      continue;
    }
    if (response.status !== 503) return response;
    if (attempt >= MAX_ATTEMPTS) {
      throw new ApiError('the server is still loading the corpus; reload the page later', {
        status: 503,
      });
    }
    announce(+1, 'The server is loading the corpus; trying again…');
    try {
      await sleep(retryAfter(response));
    } finally {
      announce(-1, '');
    }
  }
}

/**
 * Run a GraphQL operation and return its `data`.
 * Throws ApiError when the server answers with errors (any error: the page asks only
 * for what it needs, so a partial answer is a failure), or with an HTTP error.
 */
export async function query(document, variables = {}) {
  const response = await post(JSON.stringify({ query: document, variables }));
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    throw new ApiError(`the server answered ${response.status} without a GraphQL result`, {
      status: response.status,
    });
  }
  const errors = Array.isArray(payload?.errors) ? payload.errors : [];
  if (errors.length > 0) {
    throw new ApiError(errors.map((error) => error.message).join('; '), {
      status: response.status,
      errors,
    });
  }
  if (!response.ok || payload?.data == null) {
    throw new ApiError(`the server answered ${response.status}`, { status: response.status });
  }
  return payload.data;
}

/**
 * Run `query`; when the server refuses an argument as larger than its limit (limits
 * are server settings), run it again with the largest value the error names.
 * `bounds` maps an argument name to the variable that carries it: `{ limit: 'related' }`.
 * Resolves to `{ data, variables }`: the variables that were accepted, to reuse.
 */
export async function queryWithinLimits(document, variables, bounds) {
  let current = variables;
  // one error may hide the next (a refused `first` nulls the field whose `limit` is also
  // too large): at most one more try per bounded argument
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { data: await query(document, current), variables: current };
    } catch (error) {
      const lowered = attempt < Object.keys(bounds).length ? lowerTo(error, current, bounds) : null;
      if (!lowered) throw error;
      current = lowered;
    }
  }
}

function lowerTo(error, variables, bounds) {
  const lowered = { ...variables };
  let changed = false;
  for (const { message = '', extensions = {} } of error.errors ?? []) {
    const variable = bounds[extensions.argument];
    const most = /must be at most (\d+)/.exec(message);
    if (variable && most && Number(most[1]) < lowered[variable]) {
      lowered[variable] = Number(most[1]);
      changed = true;
    }
  }
  return changed ? lowered : null;
}
