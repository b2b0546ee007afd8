// Building DOM nodes without innerHTML: every text from the corpus goes in as text.

/**
 * Create an element.
 * props: `class`, `text`, `dataset` (object), `on` (event -> handler), any other key
 * is set as an attribute (`false`/`null`/`undefined` leave it out, `true` sets it empty).
 * children: nodes, strings, numbers, arrays of them; null and false are skipped.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'text') element.textContent = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key === 'on') {
      for (const [event, handler] of Object.entries(value))
        element.addEventListener(event, handler);
    } else if (key === 'style' && typeof value === 'object') Object.assign(element.style, value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : String(child));
  }
}

/** Replace everything inside `element` with `children`. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** "1 marking point", "3 marking points". */
export function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A number 0..1 as a short decimal ("0.26"). */
export function decimal(value, digits = 2) {
  return value.toFixed(digits);
}

/** A panel's loading line; `aria-busy` on the region tells assistive tech it is filling. */
export function loading(region, what) {
  region.setAttribute('aria-busy', 'true');
  return replace(region, h('p', { class: 'loading', text: `Loading ${what}…` }));
}

/** An error in a region, with a button that runs `retry`. */
export function failure(region, error, retry) {
  region.removeAttribute('aria-busy');
  return replace(
    region,
    h(
      'div',
      { class: 'error', role: 'alert' },
      h('p', { text: `Could not load this view: ${error.message}` }),
      retry && h('button', { type: 'button', on: { click: retry }, text: 'Try again' }),
    ),
  );
}

/** Mark a region as filled. */
export function loaded(region) {
  region.removeAttribute('aria-busy');
  return region;
}
