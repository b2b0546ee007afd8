// The header: the corpus summary, its version, documents that failed to load, downloads.
import { query } from './api.js';
import { h, plural, replace } from './dom.js';
import { CORPUS_HEALTH, CORPUS_VERSION, SUMMARY } from './queries.js';

const COUNTED = [
  ['topic', 'Topics'],
  ['concept', 'Concepts'],
  ['model', 'Models'],
  ['statement', 'Statements'],
];
const STATEMENT_KINDS = {
  'exam-tip': 'exam tips',
  misconception: 'misconceptions',
  'marking-point': 'marking points',
};

/** Fill the summary; returns the number of topics (0 means an empty corpus). */
export async function renderSummary(element) {
  element.setAttribute('aria-busy', 'true');
  replace(element, h('p', { class: 'loading', text: 'Loading the corpus summary…' }));
  try {
    const { corpusSummary: summary } = await query(SUMMARY);
    const counts = Object.fromEntries(summary.nodesByKind.map(({ kind, count }) => [kind, count]));
    const statements = summary.statementsByKind
      .map(({ kind, count }) => `${count} ${STATEMENT_KINDS[kind] ?? kind}`)
      .join(', ');
    replace(
      element,
      h(
        'dl',
        { class: 'summary-counts' },
        COUNTED.map(([kind, label]) =>
          h(
            'div',
            { class: 'count', dataset: { kind } },
            h('dt', { text: label }),
            h('dd', {
              text: String(counts[kind] ?? 0),
              title: kind === 'statement' ? statements : null,
            }),
          ),
        ),
      ),
      h('p', {
        class: 'summary-detail',
        text: `${statements}; ${plural(summary.linkCount, 'link')}, ${plural(summary.themeCount, 'theme')}`,
      }),
    );
    return counts.topic ?? 0;
  } catch (error) {
    replace(
      element,
      h('p', {
        class: 'error-inline',
        role: 'alert',
        text: `Summary unavailable: ${error.message}`,
      }),
    );
    throw error;
  } finally {
    element.removeAttribute('aria-busy');
  }
}

/**
 * The corpus version and its problems. A server without these fields answers with a
 * validation error: the page then leaves both out and the rest works as before.
 * Resolves to the version (null when the server has none).
 */
export async function renderHealth(versionElement, problemsElement) {
  let health;
  try {
    health = await query(CORPUS_HEALTH);
  } catch (error) {
    versionElement.hidden = true;
    problemsElement.hidden = true;
    console.info(`corpus version and problems not shown: ${error.message}`);
    return null;
  }
  replace(versionElement, 'Corpus version ', h('code', { text: health.corpusVersion }));
  versionElement.hidden = false;
  const problems = health.corpusProblems;
  problemsElement.hidden = problems.length === 0;
  if (problems.length === 0) return health.corpusVersion;
  const documents = new Set(problems.map((problem) => problem.file)).size;
  const leftOut = new Set(
    problems.filter((problem) => problem.severity === 'ERROR').map((problem) => problem.file),
  ).size;
  let outcome;
  if (leftOut === documents) {
    outcome =
      documents === 1
        ? 'this document was left out of the graph'
        : 'these documents were left out of the graph';
  } else if (leftOut === 0) {
    outcome = 'warnings only, every document is served';
  } else {
    outcome = `${plural(leftOut, 'document')} left out of the graph, the others served with warnings`;
  }
  replace(
    problemsElement,
    h(
      'details',
      {},
      h(
        'summary',
        {},
        h('span', { class: 'warning-icon', 'aria-hidden': 'true', text: '⚠' }),
        ` ${plural(problems.length, 'problem')} in ${plural(documents, 'document')}: `,
        outcome,
      ),
      h(
        'ul',
        { class: 'problem-list' },
        problems.map((problem) =>
          h(
            'li',
            {},
            h('code', { text: place(problem) }),
            problem.severity === 'WARNING' ? ' warning: ' : ' ',
            problem.message,
          ),
        ),
      ),
    ),
  );
  return health.corpusVersion;
}

/** FILE:LINE, FILE:¶N in a Word document (which has no lines), or FILE. */
function place(problem) {
  if (problem.paragraph != null) return `${problem.file}:¶${problem.paragraph}`;
  if (problem.line != null) return `${problem.file}:${problem.line}`;
  return problem.file;
}

const CHECK_EVERY_MS = 30_000;

/**
 * The server reloads the corpus when its folder changes: look at the version every
 * CHECK_EVERY_MS and whenever the page comes back into view, and offer a reload
 * (what is on screen would otherwise mix two versions).
 */
export function watchCorpusVersion(loadedVersion, banner) {
  let checking = false;
  async function check() {
    if (checking || !banner.hidden) return;
    checking = true;
    try {
      const { corpusVersion } = await query(CORPUS_VERSION);
      if (corpusVersion !== loadedVersion) showReload(banner, corpusVersion);
    } catch {
      // the server is away or restarting: the next check will tell
    } finally {
      checking = false;
    }
  }
  window.setInterval(check, CHECK_EVERY_MS);
  window.addEventListener('focus', check);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) check();
  });
}

function showReload(banner, version) {
  replace(
    banner,
    h(
      'p',
      {},
      'The corpus has changed since this page was loaded (now version ',
      h('code', { text: version }),
      '). ',
      h('button', {
        type: 'button',
        text: 'Reload to see it',
        on: { click: () => window.location.reload() },
      }),
    ),
  );
  banner.hidden = false;
}
