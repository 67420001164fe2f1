// Correctness checks run before timing: a fast wrong answer is not a win.
//
// Each check feeds one small input to a contender and tests one property of its output. The
// results are printed per contender as the list of checks it fails.

/** Checks for anything that claims to normalise Arabic text. */
export const NORMALIZE_CHECKS = [
  {
    id: 'farsi',
    what: 'Farsi yeh/heh/keheh mapped to Arabic',
    input: 'علیھا کتاب',
    ok: (out) => out.includes('عليها') && out.includes('كتاب'),
  },
  {
    id: 'arabic-kept',
    what: 'Arabic letters left Arabic',
    input: 'في سوريا كل شيء',
    ok: (out) => out.includes('في سوريا كل شيء') || out.includes('في سوريا كل شيء'.normalize()),
  },
  {
    id: 'persian-digits',
    what: 'Persian digits to ASCII',
    input: 'في ۲۰۱۸',
    ok: (out) => out.includes('2018'),
  },
  {
    id: 'arabic-indic-digits',
    what: 'Arabic-Indic digits to ASCII',
    input: 'عام ٢٠١٩ م',
    ok: (out) => out.includes('2019'),
  },
  {
    id: 'number-kept',
    what: 'Arabic-Indic digits kept as a number',
    input: 'عام ٢٠١٩ م',
    ok: (out) => /2019|٢٠١٩|۲۰۱۹/.test(out),
  },
  {
    id: 'decimal',
    what: 'decimal point kept (7.7)',
    input: 'أن 7.7 مليون',
    ok: (out) => out.includes('7.7'),
  },
  {
    id: 'presentation',
    what: 'presentation forms undone',
    input: 'ﺍﻟﻌﺮﺍﻕ ﻻ',
    ok: (out) => out.includes('العراق لا'),
  },
  {
    id: 'tatweel',
    what: 'tatweel removed',
    input: 'الـعـراق',
    ok: (out) => out.includes('العراق'),
  },
  {
    id: 'controls',
    what: 'zero-width and bidi controls removed',
    input: 'ال\u200Bعراق\u200F \u202Bنص\u202C \u2067ها\u2069',
    ok: (out) => out.includes('العراق نص ها'),
  },
  {
    id: 'nbsp',
    what: 'NBSP to a space',
    input: 'ذلك\u00A0في',
    ok: (out) => out.includes('ذلك في'),
  },
  {
    id: 'detached-marks',
    what: 'detached marks reattached (or dropped cleanly, where marks are stripped)',
    input: 'جهدا ً جماعيا ًمن',
    ok: (out) => out.includes('جهداً جماعياً من') || out.includes('جهدا جماعيا من'),
  },
  {
    id: 'punctuation-kept',
    what: 'sentence punctuation kept',
    input: 'مستمرة، وأضاف. نعم؟',
    ok: (out) => out.includes('،') && out.includes('.') && out.includes('؟'),
  },
];

/** What the `minimal` preset promises (it keeps tatweel, digits and spacing on purpose). */
const MINIMAL_IDS = [
  'farsi',
  'arabic-kept',
  'number-kept',
  'decimal',
  'presentation',
  'controls',
  'punctuation-kept',
];

const SENTENCE_SAMPLE =
  'قال الوزير إن العمليات مستمرة. وأضاف أن 7.7 مليون شخص تحرروا! هل انتهى الأمر؟ نعم.\n' +
  'سطر بلا نقطة\nوسطر آخر.';
const SENTENCE_EXPECTED = [
  'قال الوزير إن العمليات مستمرة.',
  'وأضاف أن 7.7 مليون شخص تحرروا!',
  'هل انتهى الأمر؟',
  'نعم.',
  'سطر بلا نقطة',
  'وسطر آخر.',
];

/** Checks for sentence splitters, on one sample with a known answer. */
export const SPLIT_CHECKS = [
  {
    id: 'decimal',
    what: 'no split inside 7.7',
    ok: (s) => !s.some((x) => x.endsWith('7.') || x.startsWith('7 ')),
  },
  {
    id: 'arabic-question',
    what: '؟ ends a sentence',
    ok: (s) => s.includes('هل انتهى الأمر؟'),
  },
  { id: 'exclamation', what: '! ends a sentence', ok: (s) => s.includes(SENTENCE_EXPECTED[1]) },
  { id: 'line-break', what: 'a line break is a boundary', ok: (s) => s.includes('سطر بلا نقطة') },
  {
    id: 'all',
    what: `exactly the ${SENTENCE_EXPECTED.length} expected sentences`,
    ok: (s) =>
      s.length === SENTENCE_EXPECTED.length && s.every((x, i) => x === SENTENCE_EXPECTED[i]),
  },
];

/** The checks that apply to a contender, or undefined when it makes no claim to check. */
function checksFor(contender) {
  if (contender.kind === 'split') return contender.sentences ? SPLIT_CHECKS : undefined;
  if (contender.checks) return NORMALIZE_CHECKS.filter((c) => contender.checks.includes(c.id));
  if (contender.name === 'normalize (minimal)') {
    return NORMALIZE_CHECKS.filter((c) => MINIMAL_IDS.includes(c.id));
  }
  if (contender.kind === 'normalize') return NORMALIZE_CHECKS;
  return undefined;
}

const show = (s) =>
  JSON.stringify(s).replace(
    /[\u00A0\u0640\u064B-\u0652\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );

/**
 * Runs the applicable checks for every contender. Returns
 * `[{ name, checked, passed, failures: [{ what, input, output }] }]` (checked = false when no
 * check applies, e.g. the scan baselines and single stages).
 */
export function runChecks(contenders) {
  const report = [];
  for (const c of contenders) {
    const checks = checksFor(c);
    if (!checks) {
      const why = {
        stage: 'one stage alone, a partial job by design',
        offsets: 'the text of normalize (standard), with an offset map',
        scan: 'baseline, does no normalisation',
        unicode: 'Unicode normal form, not an Arabic normaliser',
        split: 'same segmenter as the per-paragraph run',
      }[c.kind];
      report.push({ name: c.name, checked: false, why, passed: 0, total: 0, failures: [] });
      continue;
    }
    const failures = [];
    if (c.kind === 'split') {
      let got;
      try {
        got = c.sentences(SENTENCE_SAMPLE);
      } catch (error) {
        got = [`threw ${error}`];
      }
      for (const check of checks) if (!check.ok(got)) failures.push({ what: check.what });
      if (failures.length > 0) failures.push({ what: 'its sentences', output: got });
    } else {
      for (const check of checks) {
        let out;
        try {
          out = c.fn(check.input);
        } catch (error) {
          out = `threw ${error}`;
        }
        if (!check.ok(out)) failures.push({ what: check.what, input: check.input, output: out });
      }
    }
    const failed = failures.filter((f) => f.what !== 'its sentences').length;
    report.push({
      name: c.name,
      checked: true,
      passed: checks.length - failed,
      total: checks.length,
      failures,
    });
  }
  return report;
}

/** Prints the check report: one line per contender, one indented line per failure. */
export function printChecks(report, log = console.log) {
  log('## Output checks (before timing)\n');
  for (const r of report) {
    if (!r.checked) {
      log(`- ${r.name}: not checked (${r.why})`);
      continue;
    }
    log(`- ${r.name}: ${r.passed}/${r.total} checks pass`);
    for (const f of r.failures) {
      if (!('output' in f)) log(`    WRONG: ${f.what}`);
      else if (Array.isArray(f.output)) log(`    ${f.what}: ${f.output.map(show).join(' | ')}`);
      else log(`    WRONG: ${f.what}: ${show(f.input)} → ${show(f.output)}`);
    }
  }
  log('');
}
