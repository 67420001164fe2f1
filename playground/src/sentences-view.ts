import type { Sentence } from 'arabic-normalize';
import { el } from './dom.js';
import { appendVisible } from './invisibles.js';

/** Lists the sentences, numbered, each with its UTF-16 span in the output. */
export function renderSentences(list: HTMLOListElement, sentences: readonly Sentence[]): void {
  const fragment = document.createDocumentFragment();
  for (const sentence of sentences) {
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
}
