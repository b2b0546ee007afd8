// How a statement (exam tip, misconception, marking point) is shown wherever it appears.
import { h } from './dom.js';

export const STATEMENT_KIND = {
  SYNOPSIS: { label: 'Synopsis', className: 'synopsis' },
  KEY_CONCEPT: { label: 'Key concept', className: 'key-concept' },
  EXAM_TIP: { label: 'Exam tip', className: 'tip' },
  MISCONCEPTION: { label: 'Misconception', className: 'misconception' },
  MARKING_POINT: { label: 'Marking point', className: 'marking-point' },
};

/** A badge naming the statement's kind in words (the colour only repeats it). */
export function kindBadge(kind) {
  const { label, className } = STATEMENT_KIND[kind] ?? { label: kind, className: 'other' };
  return h('span', { class: `badge badge-${className}`, text: label });
}
