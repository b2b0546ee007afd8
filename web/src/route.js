// The current view and selection live in the URL hash, so a link can be shared:
//   #/overlap?a=SLUG&b=SLUG   #/map?concept=NAME   #/topics?topic=SLUG

export const VIEWS = ['overlap', 'map', 'topics'];
const DEFAULT_VIEW = 'overlap';

/** { view, params } of a hash such as "#/map?concept=NPS"; unknown views give the default. */
export function parseHash(hash) {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const view = VIEWS.includes(path) ? path : DEFAULT_VIEW;
  return { view, params: Object.fromEntries(new URLSearchParams(search)) };
}

/** The hash of a view and its selection; empty values are left out. */
export function hashFor(view, params = {}) {
  const kept = Object.entries(params).filter(([, value]) => value !== undefined && value !== '');
  const search = new URLSearchParams(kept).toString();
  return `#/${view}${search ? `?${search}` : ''}`;
}

/**
 * Record a selection in the address bar. The hashchange listener renders it, so the
 * back button walks through selections; `replace` changes the entry instead.
 */
export function navigate(view, params = {}, { replace = false } = {}) {
  const hash = hashFor(view, params);
  if (hash === window.location.hash) return;
  if (replace) {
    window.history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}
