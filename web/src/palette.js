// Colours that colour-blind readers can tell apart: Okabe–Ito for categories,
// viridis for amounts (light to dark stays monotone in every form of colour blindness).

/** Okabe–Ito, black left out (it is the text colour); the ninth "other" is grey. */
export const CATEGORY_COLOURS = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
];
export const OTHER_COLOUR = '#999999';

/** The colour of the index-th category; categories past the palette share grey. */
export function categoryColour(index) {
  return index >= 0 && index < CATEGORY_COLOURS.length ? CATEGORY_COLOURS[index] : OTHER_COLOUR;
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
