import type { Change } from 'arabic-normalize';
import { el } from './dom.js';
import { appendVisible } from './invisibles.js';

/** How a change looks: a deletion is struck through, an insertion is a small caret box. */
export function changeKind(change: Change): 'delete' | 'insert' | 'replace' {
  if (change.after === '') return 'delete';
  if (change.before === '') return 'insert';
  return 'replace';
}

/**
 * Draws `input` into `view` with one `<mark data-change>` per change (its index in `changes` in
 * `data-index`), and invisible characters as labelled boxes. Past `limit` code units (moved on to
 * the end of a change that crosses it) nothing more is drawn and a note says so: laying out
 * megabytes of highlighted Arabic takes the browser seconds. Returns the marks, in input order.
 */
export function renderChanges(
  view: HTMLElement,
  input: string,
  changes: readonly Change[],
  limit = Number.POSITIVE_INFINITY,
): HTMLElement[] {
  const fragment = document.createDocumentFragment();
  const marks: HTMLElement[] = [];
  let at = 0;
  for (const [index, change] of changes.entries()) {
    if (change.inputStart >= limit) break;
    if (change.inputStart > at) appendVisible(fragment, input.slice(at, change.inputStart));
    const kind = changeKind(change);
    const mark = el('mark', {
      'data-change': change.rule,
      'data-index': String(index),
      class: `change change-${kind}`,
      tabindex: '-1',
    });
    if (kind === 'insert') {
      const caret = el('span', { class: 'caret', dir: 'ltr' }, '+');
      appendVisible(caret, change.after, true);
      mark.append(caret);
    } else {
      appendVisible(mark, change.before, true);
    }
    fragment.append(mark);
    marks.push(mark);
    at = change.inputEnd;
  }
  const end = Math.max(at, Math.min(limit, input.length));
  if (end > at) appendVisible(fragment, input.slice(at, end));
  if (end < input.length) {
    fragment.append(
      el(
        'p',
        { class: 'truncated', 'data-testid': 'changes-truncated' },
        `… عُرض أول ${end} وحدة من ${input.length} (و${marks.length} تغييرًا من ${changes.length}): ` +
          'النصوص الطويلة جدًا تبطئ المتصفح. العدّادات أعلاه تشمل النص كله.',
      ),
    );
  }
  view.replaceChildren(fragment);
  return marks;
}
