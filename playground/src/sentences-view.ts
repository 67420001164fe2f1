import type { Sentence } from 'arabic-normalize';
import { el } from './dom.js';
import { appendVisible } from './invisibles.js';

/**
 * Lists the sentences, numbered, each with its UTF-16 span in the output; those starting past
 * `limit` code units are left out, and a note after the list says how many.
 */
export function renderSentences(
  list: HTMLOListElement,
  note: HTMLElement,
  sentences: readonly Sentence[],
  limit = Number.POSITIVE_INFINITY,
): void {
  const fragment = document.createDocumentFragment();
  let shown = 0;
  for (const sentence of sentences) {
    if (sentence.start >= limit) break;
    shown++;
    const text = el('span', { class: 'sentence-text' });
    appendVisible(text, sentence.text);
    fragment.append(
      el(
        'li',
        { 'data-sentence': '' },
        text,
        ' ',
        el('span', { class: 'sentence-span', dir: 'ltr' }, `${sentence.start}–${sentence.end}`),
      ),
    );
  }
  list.replaceChildren(fragment);
  note.hidden = shown === sentences.length;
  note.textContent = note.hidden
    ? ''
    : `… عُرضت أول ${shown} جملة من ${sentences.length}: النصوص الطويلة جدًا تبطئ المتصفح.`;
}
