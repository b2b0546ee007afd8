// A search box that finds a concept by any name or alias (the API's `concepts(search:)`),
// as an ARIA combobox: type, pick with the arrow keys, Enter selects, Escape closes.
import { query } from './api.js';
import { h, replace } from './dom.js';
import { SEARCH } from './queries.js';

const DEBOUNCE_MS = 150;

/** Build the search box; `onChoose(concept)` runs when a concept is picked. */
export function createSearchBox({ id, onChoose }) {
  const listId = `${id}-options`;
  const input = h('input', {
    id,
    type: 'search',
    class: 'search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'e.g. NPS',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    class: 'search-options',
    'aria-label': 'Matching concepts',
    hidden: true,
  });
  const message = h('p', { class: 'search-message', role: 'status', 'aria-live': 'polite' });
  let results = { text: null, concepts: [] };
  let active = -1;
  let timer = null;
  let latest = 0;

  async function search(text) {
    const request = ++latest;
    const trimmed = text.trim();
    if (!trimmed) return { text, concepts: [] };
    const data = await query(SEARCH, { text: trimmed });
    const found = { text, concepts: data.concepts.edges.map((edge) => edge.node) };
    if (request === latest) results = found;
    return found;
  }

  function render() {
    const { concepts } = results;
    const open = concepts.length > 0 && input.value.trim() !== '';
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    replace(
      list,
      concepts.map((concept, index) =>
        h(
          'li',
          {
            id: `${listId}-${index}`,
            role: 'option',
            class: 'search-option',
            'aria-selected': String(index === active),
            on: {
              mousedown: (event) => event.preventDefault(), // keep focus in the input
              click: () => choose(concept),
            },
          },
          h('span', { class: 'option-name', text: concept.name }),
          h('span', { class: 'option-kind', text: concept.kind === 'MODEL' ? 'model' : 'concept' }),
          concept.aliases.length > 0 &&
            h('span', { class: 'option-aliases', text: `also ${concept.aliases.join(', ')}` }),
        ),
      ),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
    const typed = input.value.trim() !== '' && results.text === input.value;
    message.textContent =
      typed && concepts.length === 0 ? `No concept matches “${input.value.trim()}”.` : '';
  }

  function close() {
    results = { text: null, concepts: [] };
    active = -1;
    render();
  }

  function choose(concept) {
    input.value = concept.name;
    close();
    onChoose(concept);
  }

  async function refresh() {
    try {
      await search(input.value);
    } catch (error) {
      results = { text: input.value, concepts: [] };
      message.textContent = `Search failed: ${error.message}`;
      return;
    }
    active = -1;
    render();
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', async (event) => {
    const count = results.concepts.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      active = (active + 1) % count;
      render();
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      active = (active - 1 + count) % count;
      render();
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      if (active >= 0 && results.text === input.value) {
        choose(results.concepts[active]);
        return;
      }
      // Enter before the suggestions arrived: search now and take the best match
      try {
        const found = results.text === input.value ? results : await search(input.value);
        if (found.concepts.length > 0) choose(found.concepts[0]);
        else render();
      } catch (error) {
        message.textContent = `Search failed: ${error.message}`;
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  const element = h(
    'div',
    { class: 'search', role: 'search' },
    h('label', { for: id, class: 'field-label', text: 'Find a concept by name or alias' }),
    h('div', { class: 'search-field' }, input, list),
    message,
  );
  return { element, input };
}
