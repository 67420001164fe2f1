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

/**
 * The targets, each a ratio measured in this run: `{ what, against, corpus, goal, unit, bySize }`
 * where `bySize` maps '100KB' / '10MB' to `{ value, met }` (absent when not measured). Speed
 * targets are ratios of MB/s on the same corpus; the memory target is peak heap growth over the
 * input size.
 */
export function evaluateTargets(results, memory, sizes = ['100KB', '10MB']) {
  const speed = (name, corpus) => find(results, name, corpus)?.mbps;
  const rows = [];
  const add = (what, against, kind, goal) => {
    const bySize = {};
    for (const size of sizes) {
      const corpus = `${kind} ${size}`;
      const a = speed(what, corpus);
      const b = speed(against, corpus);
      if (a === undefined || b === undefined) continue;
      bySize[size] = { value: a / b, met: a / b >= goal };
    }
    rows.push({ what, against, corpus: kind, goal, unit: '×', compare: '≥', bySize });
  };
  add(REFERENCE, 'table copy loop', 'noisy', 0.5);
  add(REFERENCE, 'bare charCodeAt scan', 'clean', 0.5);
  for (const peer of ['arabic-text-normalizer', 'persian-tools normalizeText']) {
    for (const preset of ['standard', 'search', 'minimal'])
      add(`normalize (${preset})`, peer, 'noisy', 4);
  }
  add('splitSentences', 'Intl.Segmenter (per paragraph)', 'noisy', 8);
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
  return rows;
}

/**
 * The closing table: one row per target, its ratio at each size, each marked ✓ (met) or ✗
 * (below the target).
 */
export function targetsTable(targets, sizes = ['100KB', '10MB']) {
  const lines = [
    `| ratio | corpus | target | ${sizes.join(' | ')} |`,
    `| --- | --- | ---: | ${sizes.map(() => '---:').join(' | ')} |`,
  ];
  for (const t of targets) {
    const cell = (r) => (r ? `${fmt(r.value)}${t.unit} ${r.met ? '✓' : '✗'}` : '—');
    const cells =
      'memory' in t.bySize
        ? [cell(t.bySize.memory), ...sizes.slice(1).map(() => '')]
        : sizes.map((size) => cell(t.bySize[size]));
    lines.push(
      `| ${t.what} ÷ ${t.against} | ${t.corpus} | ${t.compare} ${t.goal}${t.unit} | ${cells.join(' | ')} |`,
    );
  }
  const measured = targets.flatMap((t) => Object.values(t.bySize));
  const met = measured.filter((r) => r.met).length;
  lines.push(
    '',
    `${met} of ${measured.length} measured ratios meet their target (✓ met, ✗ below).`,
  );
  return lines.join('\n');
}
