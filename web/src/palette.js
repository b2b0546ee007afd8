// Colours that colour-blind readers can tell apart: Okabe–Ito for categories (themes,
// with a fill pattern past seven),
// viridis for amounts (light to dark stays monotone in every form of colour blindness).

/** Okabe–Ito, black left out (it is the text colour). */
export const CATEGORY_COLOURS = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
];

/**
 * How a theme's concepts are filled: the seven largest themes solid, the next seven as
 * rings (white inside), the next seven as targets (a dot in a ring). Past 21 themes the
 * markers repeat; those themes are still told apart on the map because every theme's
 * concepts are grouped in a disc of their own with the theme's name beside it.
 */
export const PATTERNS = ['solid', 'ring', 'target'];
const PATTERN_WORDS = { solid: 'filled', ring: 'ring', target: 'dot in a ring' };

/**
 * The marker of the index-th theme (0 = largest): `{ colour, pattern, patternIndex,
 * description }`, e.g. "orange ring". A negative index (no theme) is dark grey, solid.
 */
export function themeMarker(index) {
  if (!(index >= 0)) {
    return { colour: '#555555', pattern: 'solid', patternIndex: 0, description: 'grey' };
  }
  const colour = CATEGORY_COLOURS[index % CATEGORY_COLOURS.length];
  const patternIndex = Math.floor(index / CATEGORY_COLOURS.length) % PATTERNS.length;
  const pattern = PATTERNS[patternIndex];
  const name = COLOUR_NAMES[index % CATEGORY_COLOURS.length];
  return { colour, pattern, patternIndex, description: `${name} ${PATTERN_WORDS[pattern]}` };
}

const COLOUR_NAMES = ['blue', 'orange', 'green', 'purple', 'sky blue', 'vermillion', 'yellow'];

/** A CSS background that draws a theme's marker in a round or square swatch. */
export function markerBackground({ colour, pattern }) {
  if (pattern === 'ring') return `radial-gradient(circle, #ffffff 0 42%, ${colour} 44%)`;
  if (pattern === 'target') {
    return `radial-gradient(circle, ${colour} 0 24%, #ffffff 26% 50%, ${colour} 52%)`;
  }
  return colour;
}

// viridis at 0, 1/8, ..., 1
const VIRIDIS = [
  [68, 1, 84],
  [71, 44, 122],
  [59, 81, 139],
  [44, 113, 142],
  [33, 144, 141],
  [39, 173, 129],
  [92, 200, 99],
  [170, 220, 50],
  [253, 231, 37],
];

/** The viridis colour of `t` in 0..1 (clamped), as [r, g, b]. */
export function viridis(t) {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const position = clamped * (VIRIDIS.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, VIRIDIS.length - 1);
  const mix = position - low;
  return VIRIDIS[low].map((channel, i) => Math.round(channel + (VIRIDIS[high][i] - channel) * mix));
}

export function rgb([r, g, b]) {
  return `rgb(${r}, ${g}, ${b})`;
}

/** Black or white, whichever reads better on the background [r, g, b] (WCAG luminance). */
export function textOn([r, g, b]) {
  const linear = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

/** A CSS linear-gradient of viridis, for legends. */
export function viridisGradient(direction = 'to right') {
  const stops = VIRIDIS.map((c, i) => `${rgb(c)} ${(i / (VIRIDIS.length - 1)) * 100}%`);
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}
