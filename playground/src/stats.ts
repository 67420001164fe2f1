import { byId } from './dom.js';

/** What one render measured and counted. */
export interface Stats {
  normalizeMs: number;
  explainMs: number;
  splitMs: number;
  renderMs: number;
  changes: number;
  sentences: number;
  inputLength: number;
  outputLength: number;
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

/** Writes the counts and timings into the elements with their `data-testid`. */
export function showStats(stats: Stats): void {
  const set = (id: string, text: string) => {
    byId(id).textContent = text;
  };
  set('time-ms', ms(stats.normalizeMs + stats.explainMs + stats.splitMs));
  set(
    'time-detail',
    `normalize ${ms(stats.normalizeMs)} · explain ${ms(stats.explainMs)} · ` +
      `splitSentences ${ms(stats.splitMs)} · DOM ${ms(stats.renderMs)}`,
  );
  set('change-count', String(stats.changes));
  set('change-count-heading', String(stats.changes));
  set('sentence-count', String(stats.sentences));
  set('sentence-count-heading', String(stats.sentences));
  set('input-length', String(stats.inputLength));
  set('output-length', String(stats.outputLength));
}
