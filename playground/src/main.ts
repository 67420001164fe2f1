import { explain, normalize, splitSentences } from 'arabic-normalize';
import { ChangeNavigation } from './change-navigation.js';
import { renderChanges } from './changes-view.js';
import { setNames } from './code-points.js';
import { loadDocuments, loadDocumentText, loadNames, loadOptions } from './data.js';
import { byId, el } from './dom.js';
import { buildOptionsForm, type OptionsForm } from './options-form.js';
import { renderSentences } from './sentences-view.js';
import { showStats } from './stats.js';

/** Typing waits this long after the last key (plus 1 ms per 2 000 code units, up to 0.5 s). */
const DEBOUNCE_MS = 120;

/**
 * How much of the text (UTF-16 code units) the highlighted input and the sentence list draw: the
 * browser takes about a second to lay out 100 000 code units of highlighted Arabic. The output,
 * the counts and the timings always cover the whole text.
 */
const VIEW_LIMIT = 100_000;

const input = byId<HTMLTextAreaElement>('input');
const fileInput = byId<HTMLInputElement>('file');
const documentSelect = byId<HTMLSelectElement>('document');
const output = byId<HTMLElement>('output');
const changesView = byId<HTMLElement>('changes');
const sentenceList = byId<HTMLOListElement>('sentences');
const sentencesNote = byId<HTMLElement>('sentences-truncated');
const errorBox = byId<HTMLElement>('error');

/**
 * The text as read from a file or a document, until the text box is edited. A text box stores
 * every CR LF as LF, so its value alone would hide line-break changes (and a BOM) from the page.
 */
let rawText: string | undefined;

let renders = 0;
let timer: number | undefined;

/** `data-ready` on <body> holds the number of renders done; it is absent while one is pending. */
function markPending(): void {
  delete document.body.dataset.ready;
}

function render(form: OptionsForm, navigation: ChangeNavigation): void {
  window.clearTimeout(timer);
  const text = rawText ?? input.value;
  try {
    const options = form.read();
    const t0 = performance.now();
    const normalized = normalize(text, options);
    const t1 = performance.now();
    const changes = explain(text, options);
    const t2 = performance.now();
    const sentences = splitSentences(normalized);
    const t3 = performance.now();
    output.textContent = normalized;
    navigation.reset(renderChanges(changesView, text, changes, VIEW_LIMIT), changes);
    renderSentences(sentenceList, sentencesNote, sentences, VIEW_LIMIT);
    const t4 = performance.now();
    showStats({
      normalizeMs: t1 - t0,
      explainMs: t2 - t1,
      splitMs: t3 - t2,
      renderMs: t4 - t3,
      changes: changes.length,
      sentences: sentences.length,
      inputLength: text.length,
      outputLength: normalized.length,
    });
    errorBox.hidden = true;
  } catch (error) {
    errorBox.textContent = String(error);
    errorBox.hidden = false;
  }
  document.body.dataset.ready = String(++renders);
}

async function start(): Promise<void> {
  const [optionInfos, documents] = await Promise.all([loadOptions(), loadDocuments()]);
  // Tooltips show bare code points until the names arrive.
  loadNames().then(setNames, () => undefined);

  const navigation = new ChangeNavigation(
    changesView,
    byId('change-tip'),
    byId('previous-change'),
    byId('next-change'),
    byId('change-position'),
  );
  const renderNow = () => render(form, navigation);
  const form = buildOptionsForm(
    byId('preset'),
    byId('options'),
    byId('reset-options'),
    optionInfos,
    () => {
      markPending();
      renderNow();
    },
  );

  for (const info of documents) {
    documentSelect.append(el('option', { value: info.id }, `${info.id}: ${info.title}…`));
  }
  documentSelect.addEventListener('change', async () => {
    const info = documents.find((d) => d.id === documentSelect.value);
    if (info === undefined) return;
    markPending();
    rawText = await loadDocumentText(info);
    input.value = rawText;
    fileInput.value = '';
    renderNow();
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (file === undefined) return;
    markPending();
    // Decoded as the library's CLI reads files: UTF-8, invalid bytes as U+FFFD, a BOM kept.
    rawText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
    input.value = rawText;
    documentSelect.value = '';
    renderNow();
  });
  input.addEventListener('input', () => {
    rawText = undefined;
    fileInput.value = '';
    documentSelect.value = '';
    markPending();
    window.clearTimeout(timer);
    const wait = Math.min(DEBOUNCE_MS + input.value.length / 2000, 500);
    timer = window.setTimeout(renderNow, wait);
  });

  const first = documents[0];
  if (first !== undefined && input.value === '') {
    documentSelect.value = first.id;
    rawText = await loadDocumentText(first);
    input.value = rawText;
  }
  renderNow();
}

start().catch((error: unknown) => {
  errorBox.textContent = `تعذّر تشغيل الصفحة: ${String(error)}`;
  errorBox.hidden = false;
  document.body.dataset.ready = 'error';
});
