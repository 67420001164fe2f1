// Tables and the performance targets, as Markdown.

const REFERENCE = 'normalize (standard)';
const GROUPS = { library: 'this library', baseline: 'baseline', peer: 'peer' };

const find = (results, name, corpus) => results.find((r) => r.name === name && r.corpus === corpus);

const fmt = (value) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** Throughput table: one row per contender, MB/s per corpus, ratio on `ratioCorpus`. */
export function resultsTable(contenders, corpusNames, results, ratioCorpus) {
  const reference = find(results, REFERENCE, ratioCorpus);
  const head = ['contender', ...corpusNames, `ratio (${ratioCorpus})`];
  const lines = [
    `| ${head.join(' | ')} |`,
    `| --- | --- | ${head
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
  ];
  lines[0] = `| contender | kind | ${head.slice(1).join(' | ')} |`;
  for (const c of contenders) {
    const cells = corpusNames.map((corpus) => {
      const r = find(results, c.name, corpus);
      return r ? fmt(r.mbps) : '—';
    });
    const r = find(results, c.name, ratioCorpus);
    const ratio = r && reference ? `${fmt(r.mbps / reference.mbps)}×` : '—';
    lines.push(`| ${c.name} | ${GROUPS[c.group]} | ${cells.join(' | ')} | ${ratio} |`);
  }
  return lines.join('\n');
}

/** Goals that differ at one size: per 4 KB document, the copy-loop target is 0.35×, not 0.5×. */
const GOAL_AT = { 'table copy loop': { '4KB docs': 0.35 } };

/**
 * The targets, each a ratio measured in this run: `{ what, against, corpus, goal, unit, bySize }`
 * where `bySize` maps a size ('100KB', '1MB', '10MB', '4KB docs') to `{ value, met, goal }` (absent
 * when not measured). Speed targets are ratios of MB/s on the same corpus; the memory target is
 * peak heap growth over the input size. `fresh` (optional, from cold-start.mjs and the CLI run)
 * adds the targets measured in fresh processes, each with one value in `bySize.single`.
 */
export function evaluateTargets(results, memory, sizes = ['100KB', '10MB'], fresh = {}) {
  const speed = (name, corpus) => find(results, name, corpus)?.mbps;
  const rows = [];
  const add = (what, against, kind, goal) => {
    const bySize = {};
    for (const size of sizes) {
      const corpus = `${kind} ${size}`;
      const a = speed(what, corpus);
      const b = speed(against, corpus);
      if (a === undefined || b === undefined) continue;
      const goalHere = GOAL_AT[against]?.[size] ?? goal;
      bySize[size] = { value: a / b, met: a / b >= goalHere, goal: goalHere };
    }
    // A target none of whose contenders ran (e.g. with --only) is left out.
    if (Object.keys(bySize).length > 0)
      rows.push({ what, against, corpus: kind, goal, unit: '×', compare: '≥', bySize });
  };
  add(REFERENCE, 'table copy loop', 'noisy', 0.5);
  add(REFERENCE, 'bare charCodeAt scan', 'clean', 0.5);
  for (const peer of ['arabic-text-normalizer', 'persian-tools normalizeText']) {
    for (const preset of ['standard', 'search', 'minimal'])
      add(`normalize (${preset})`, peer, 'noisy', 4);
  }
  add('splitSentences', 'Intl.Segmenter (per paragraph)', 'noisy', 8);
  // "With offsets stays within 2× plain": half the speed or more.
  add('normalizeWithOffsets (standard)', REFERENCE, 'noisy', 0.5);
  const lib = memory?.find((m) => m.name === REFERENCE);
  if (lib) {
    const growth = lib.peakHeapGrowthBytes / lib.inputBytes;
    const size = `${Math.round(lib.inputBytes / 1e6)} MB string`;
    rows.push({
      what: `${REFERENCE}: peak heap growth`,
      against: 'input size',
      corpus: size,
      goal: 2.5,
      unit: '× input',
      compare: '≤',
      bySize: { memory: { value: growth, met: growth <= 2.5 } },
    });
  }
  rows.push(...freshTargets(fresh));
  return rows;
}

const MEETS = {
  '≤': (value, goal) => value <= goal,
  '<': (value, goal) => value < goal,
  '≥': (value, goal) => value >= goal,
};

/** One target with a single measured value (`compare` is '≤', '<' or '≥'). */
function single(what, against, corpus, value, goal, unit, compare = '≤') {
  const met = MEETS[compare](value, goal);
  return { what, against, corpus, goal, unit, compare, bySize: { single: { value, met } } };
}

/**
 * The targets measured in fresh processes: cold start, import time, the CLI on 1 GB. A cold-start
 * row carries its floor when measured (`coldStart.floor`): the same figure for the benchmark's
 * table copy loop, what the engine gives one small loop.
 */
function freshTargets({ coldStart, cli }) {
  const rows = [];
  if (coldStart) {
    const text = 'noisy, 500K code units';
    const floor = coldStart.floor;
    for (const [name, r] of Object.entries(coldStart.whole)) {
      const first = single(
        `${name}: first call in a fresh process`,
        'steady call',
        text,
        r.firstRatio,
        3,
        '×',
      );
      const afterGc = single(
        `${name}: call right after a full GC`,
        'steady call',
        text,
        r.afterGcRatio,
        1.5,
        '×',
      );
      if (floor) {
        first.floor = floor.whole.firstRatio;
        afterGc.floor = floor.whole.afterGcRatio;
      }
      rows.push(first, afterGc);
    }
    for (const [name, r] of Object.entries(coldStart.docs)) {
      const calls = single(
        `${name}: calls until steady speed`,
        '—',
        'noisy 4KB docs',
        r.calls,
        20,
        ' calls',
      );
      if (floor) calls.floor = floor.docs.calls;
      rows.push(calls);
    }
    rows.push(
      single(
        "import of the root ('arabic-normalize', as Node resolves it)",
        '—',
        'fresh process',
        coldStart.importMs,
        25,
        ' ms',
      ),
    );
  }
  if (cli) {
    const ratio = cli.mbps / cli.baselineMbps;
    rows.push(
      single(
        `CLI throughput (${cli.mbps.toFixed(1)} MB/s)`,
        `main 23de73e (${cli.baselineMbps} MB/s)`,
        '1 GB file',
        ratio,
        3,
        '×',
        '≥',
      ),
    );
    rows.push(single('CLI peak RSS', '—', '1 GB file', cli.peakMB, 150, ' MB', '<'));
  }
  return rows;
}

/** The target cell: `≥ 0.5×`, plus any goal that differs at a shown size. */
function targetCell(t, sizes) {
  const other = sizes
    .filter((size) => t.bySize[size] && t.bySize[size].goal !== t.goal)
    .map((size) => `${t.bySize[size].goal}${t.unit} ${size}`);
  return `${t.compare} ${t.goal}${t.unit}${other.length > 0 ? ` (${other.join(', ')})` : ''}`;
}

/**
 * The closing table: one row per target, its ratio at each size, each marked ✓ (met) or ✗
 * (below the target); then the targets measured in fresh processes, one value each.
 */
export function targetsTable(targets, sizes = ['100KB', '10MB']) {
  const cell = (t, r) => (r ? `${fmt(r.value)}${t.unit} ${r.met ? '✓' : '✗'}` : '—');
  const lines = [
    `| ratio | corpus | target | ${sizes.join(' | ')} |`,
    `| --- | --- | ---: | ${sizes.map(() => '---:').join(' | ')} |`,
  ];
  const bySize = targets.filter((t) => !('single' in t.bySize));
  const singles = targets.filter((t) => 'single' in t.bySize);
  for (const t of bySize) {
    const cells =
      'memory' in t.bySize
        ? [cell(t, t.bySize.memory), ...sizes.slice(1).map(() => '')]
        : sizes.map((size) => cell(t, t.bySize[size]));
    lines.push(
      `| ${t.what} ÷ ${t.against} | ${t.corpus} | ${targetCell(t, sizes)} | ${cells.join(' | ')} |`,
    );
  }
  if (singles.length > 0) {
    lines.push(
      '',
      '| measured in fresh processes (median) | on | target | value | floor: table copy loop |',
      '| --- | --- | ---: | ---: | ---: |',
    );
    for (const t of singles) {
      const what = t.against === '—' ? t.what : `${t.what} ÷ ${t.against}`;
      const floor = t.floor === undefined ? '—' : `${fmt(t.floor)}${t.unit}`;
      lines.push(
        `| ${what} | ${t.corpus} | ${t.compare} ${t.goal}${t.unit} | ${cell(t, t.bySize.single)} | ${floor} |`,
      );
    }
  }
  const measured = targets.flatMap((t) => Object.values(t.bySize));
  const met = measured.filter((r) => r.met).length;
  lines.push(
    '',
    `${met} of ${measured.length} measured ratios meet their target (✓ met, ✗ below).`,
  );
  return lines.join('\n');
}
