// Start-up: the header, the three views, and the hash router that switches between them.
import './styles.css';
import { onServerStatus } from './api.js';
import { createMapView } from './concept-map.js';
import { createOverlapView } from './heatmap.js';
import { renderHealth, renderSummary, watchCorpusVersion } from './overview.js';
import { hashFor, parseHash, VIEWS } from './route.js';
import { createTopicView } from './topic-view.js';

const FACTORIES = { overlap: createOverlapView, map: createMapView, topics: createTopicView };
const views = new Map(); // created on first visit: the map draws only once it is seen

function sectionOf(view) {
  return document.getElementById(`view-${view}`);
}

async function route() {
  const { view, params } = parseHash(window.location.hash);
  // the tab leads back to the view as it was left, selection included
  document.querySelector(`.tabs a[data-view="${view}"]`).href = hashFor(view, params);
  for (const name of VIEWS) {
    sectionOf(name).hidden = name !== view;
    const tab = document.querySelector(`.tabs a[data-view="${name}"]`);
    if (name === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (!views.has(view)) views.set(view, FACTORIES[view](sectionOf(view)));
  try {
    await views.get(view).show(params);
  } catch (error) {
    console.error(error);
    showStatus(`Something went wrong: ${error.message}`, 'error');
  }
}

function showStatus(message, tone = 'info') {
  const status = document.getElementById('status');
  status.textContent = message;
  status.dataset.tone = tone;
  status.hidden = message === '';
}

function start() {
  onServerStatus(({ waiting, message }) => showStatus(waiting > 0 ? message : ''));
  document.querySelector('.skip-link').addEventListener('click', (event) => {
    event.preventDefault(); // the hash holds the selection, not an anchor
    document.getElementById('main').focus();
  });
  renderSummary(document.getElementById('corpus-summary')).catch(() => {});
  renderHealth(
    document.getElementById('corpus-version'),
    document.getElementById('corpus-problems'),
  ).then((version) => {
    if (version) watchCorpusVersion(version, document.getElementById('corpus-changed'));
  });
  window.addEventListener('hashchange', route);
  route();
}

start();
