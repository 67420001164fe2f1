// Tables and the issue-7 targets, as Markdown (pasted as-is into the README).

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
 * The targets of issue 7, each `{ what, value, goal, met }`. Ratios are from the noisy 10 MB
 * corpus (clean 10 MB for the clean-text target); in a quick run, from the 100 KB corpora.
 */
export function evaluateTargets(results, memory, quick) {
  const size = quick ? '100KB' : '10MB';
  const noisy = `noisy ${size}`;
  const clean = `clean ${size}`;
  const speed = (name, corpus) => find(results, name, corpus)?.mbps ?? Number.NaN;
  const ratio = (a, b, corpus) => speed(a, corpus) / speed(b, corpus);
  const split = 'splitSentences';
  const targets = [
    {
      what: 'normalize (standard) ≥ 0.5× the table copy loop (noisy)',
      value: ratio(REFERENCE, 'table copy loop', noisy),
      goal: 0.5,
    },
    {
      what: 'normalize (standard) on clean text ≥ 0.5× the bare scan',
      value: ratio(REFERENCE, 'bare charCodeAt scan', clean),
      goal: 0.5,
    },
    {
      what: 'normalize (standard) ≥ 3× arabic-text-normalizer',
      value: ratio(REFERENCE, 'arabic-text-normalizer', noisy),
      goal: 3,
    },
    {
      what: 'normalize (standard) ≥ 3× @persian-tools normalizeText',
      value: ratio(REFERENCE, 'persian-tools normalizeText', noisy),
      goal: 3,
    },
    {
      what: 'splitSentences ≥ 10× Intl.Segmenter (per paragraph)',
      value: ratio(split, 'Intl.Segmenter (per paragraph)', noisy),
      goal: 10,
    },
    { what: 'splitSentences ≥ 4× sbd', value: ratio(split, 'sbd', noisy), goal: 4 },
    { what: 'splitSentences ≥ 4× sentencex', value: ratio(split, 'sentencex', noisy), goal: 4 },
  ].map((t) => ({ ...t, unit: '×', met: t.value >= t.goal }));
  const lib = memory?.find((m) => m.name === REFERENCE);
  if (lib) {
    const growth = lib.peakHeapGrowthBytes / lib.inputBytes;
    targets.push({
      what: `normalize (standard) peak heap growth on a ${Math.round(lib.inputBytes / 1e6)} MB string < 4× the input`,
      value: growth,
      goal: 4,
      unit: '× input',
      met: growth < 4,
    });
  }
  return targets;
}

/** Markdown list of targets, each marked met / not met. */
export function targetsList(targets) {
  return targets
    .map((t) => {
      const cmp = t.unit === '× input' ? '<' : '≥';
      const status = t.met ? 'met' : '**not met**';
      return `- ${t.what}: ${fmt(t.value)}${t.unit} (goal ${cmp} ${t.goal}${t.unit}) — ${status}`;
    })
    .join('\n');
}
