import type { Change } from 'arabic-normalize';
import { describeCodePoints } from './code-points.js';
import { el } from './dom.js';
import { appendVisible } from './invisibles.js';

function codePointList(text: string): HTMLElement {
  return el(
    'ul',
    { class: 'cp-list', dir: 'ltr' },
    ...describeCodePoints(text).map((line) => el('li', {}, line)),
  );
}

/** The text of one side of a change, drawn large with its invisible characters as boxes. */
function sample(text: string): HTMLElement {
  const box = el('span', { class: 'tip-sample' });
  if (text === '') box.append(el('span', { class: 'tip-empty' }, 'لا شيء'));
  else appendVisible(box, text, true);
  return box;
}

function side(title: string, text: string, start: number, end: number): HTMLElement[] {
  return [
    el(
      'h3',
      {},
      `${title} `,
      sample(text),
      ' ',
      el(
        'span',
        { dir: 'ltr', class: 'tip-span' },
        start === end ? `@${start}` : `${start}–${end}`,
      ),
    ),
    ...(text === '' ? [] : [codePointList(text)]),
  ];
}

/** Fills the tooltip region with what `change` did: its rules, and the code points before/after. */
export function fillTooltip(tip: HTMLElement, change: Change, index: number, total: number): void {
  const rules = el('p', { class: 'tip-rules' });
  change.steps.forEach((step, k) => {
    if (k > 0) rules.append(' ثم ');
    rules.append(el('code', { dir: 'ltr' }, step.rule));
  });
  const descriptions =
    change.steps.length === 1
      ? el('p', { class: 'tip-descriptions', dir: 'ltr' }, change.description)
      : el(
          'ol',
          { class: 'tip-descriptions', dir: 'ltr' },
          ...change.steps.map((step) => el('li', {}, `${step.rule}: ${step.description}`)),
        );
  tip.replaceChildren(
    el('p', { class: 'tip-position' }, `التغيير ${index + 1} من ${total}`),
    rules,
    descriptions,
    ...side('قبل', change.before, change.inputStart, change.inputEnd),
    ...side('بعد', change.after, change.outputStart, change.outputEnd),
  );
}

/** Shows the tooltip under `anchor`, kept inside the viewport. */
export function placeTooltip(tip: HTMLElement, anchor: HTMLElement): void {
  tip.hidden = false;
  const box = anchor.getBoundingClientRect();
  const margin = 8;
  const width = tip.offsetWidth;
  // Right-to-left page: align the tooltip's right edge with the change's right edge.
  const left = Math.min(
    Math.max(box.right - width, margin),
    document.documentElement.clientWidth - width - margin,
  );
  tip.style.left = `${Math.max(left, margin) + window.scrollX}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
}
