import { el } from './dom.js';

/**
 * Short labels for characters that draw nothing (or look like a plain space), so that the page
 * can draw them as small labelled boxes. Other C0/C1 controls get their hex value.
 */
const LABELS: ReadonlyMap<number, string> = new Map([
  [0x0009, 'TAB'],
  [0x000a, 'LF'],
  [0x000b, 'VT'],
  [0x000c, 'FF'],
  [0x000d, 'CR'],
  [0x0020, '␣'],
  [0x0085, 'NEL'],
  [0x00a0, 'NBSP'],
  [0x00ad, 'SHY'],
  [0x061c, 'ALM'],
  [0x180e, 'MVS'],
  [0x2000, 'NQSP'],
  [0x2001, 'MQSP'],
  [0x2002, 'ENSP'],
  [0x2003, 'EMSP'],
  [0x2004, '3/MSP'],
  [0x2005, '4/MSP'],
  [0x2006, '6/MSP'],
  [0x2007, 'FSP'],
  [0x2008, 'PSP'],
  [0x2009, 'THSP'],
  [0x200a, 'HSP'],
  [0x200b, 'ZWSP'],
  [0x200c, 'ZWNJ'],
  [0x200d, 'ZWJ'],
  [0x200e, 'LRM'],
  [0x200f, 'RLM'],
  [0x2028, 'LSEP'],
  [0x2029, 'PSEP'],
  [0x202a, 'LRE'],
  [0x202b, 'RLE'],
  [0x202c, 'PDF'],
  [0x202d, 'LRO'],
  [0x202e, 'RLO'],
  [0x202f, 'NNBSP'],
  [0x205f, 'MMSP'],
  [0x2060, 'WJ'],
  [0x2061, 'FA'],
  [0x2062, 'IT'],
  [0x2063, 'IS'],
  [0x2064, 'IP'],
  [0x2066, 'LRI'],
  [0x2067, 'RLI'],
  [0x2068, 'FSI'],
  [0x2069, 'PDI'],
  [0x3000, 'IDSP'],
  [0xfeff, 'BOM'],
  [0xfff9, 'IAA'],
  [0xfffa, 'IAS'],
  [0xfffb, 'IAT'],
]);

/**
 * Characters always drawn as boxes: controls other than the line feed, odd spaces, zero-width and
 * bidi controls, and lone surrogates. Written with `\u` escapes; no `u` flag, so it sees code units.
 */
const INVISIBLE =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u00A0\u00AD\u061C\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The same, plus the line feed and the ASCII space: inside a change, every space matters. */
const INVISIBLE_OR_SPACE = new RegExp(
  INVISIBLE.source.replace('\\u0000-\\u0009\\u000B-\\u001F', '\\u0000-\\u0020'),
  'g',
);

const hex = (unit: number) => unit.toString(16).toUpperCase().padStart(4, '0');

/** The label drawn for an invisible character, given its first code unit. */
export function invisibleLabel(unit: number): string {
  return LABELS.get(unit) ?? (unit >= 0xd800 && unit <= 0xdfff ? hex(unit) : hex(unit).slice(2));
}

function box(char: string): HTMLElement {
  const unit = char.charCodeAt(0);
  const broken = unit >= 0xd800 && unit <= 0xdfff;
  return el(
    'span',
    {
      class: broken ? 'inv inv-broken' : 'inv',
      dir: 'ltr',
      title: `U+${hex(unit)}`,
    },
    unit === 0x0a ? '↵' : invisibleLabel(unit),
  );
}

/**
 * Appends `text` to `parent`, drawing invisible characters as labelled boxes. With `spaces`, ASCII
 * spaces and line feeds are drawn too (a line feed as a box followed by the real line break).
 */
export function appendVisible(parent: Node, text: string, spaces = false): void {
  const pattern = spaces ? INVISIBLE_OR_SPACE : INVISIBLE;
  pattern.lastIndex = 0;
  let at = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index > at) parent.appendChild(document.createTextNode(text.slice(at, match.index)));
    parent.appendChild(box(match[0]));
    if (match[0] === '\n') parent.appendChild(document.createTextNode('\n'));
    at = match.index + match[0].length;
  }
  if (at < text.length)
    parent.appendChild(document.createTextNode(at === 0 ? text : text.slice(at)));
}
