import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateString, parseFieldPath, processRecord } from '../../src/cli/jsonl.js';
import { normalize } from '../../src/normalize.js';

const fields = (...paths: string[]) => paths.map(parseFieldPath);

describe('processRecord', () => {
  it.each([
    [
      'keeps key order, number spelling and spacing, changing only the named field',
      '{"id": 1.0, "2": true, "text": "علیھا ۲۰۱۸", "big": 12345678901234567890}',
      fields('text'),
      '{"id": 1.0, "2": true, "text": "عليها 2018", "big": 12345678901234567890}',
    ],
    [
      'follows dotted paths into nested objects',
      '{"meta":{"title":"ک","text":"ی"},"text":"x"}',
      fields('meta.title'),
      '{"meta":{"title":"ك","text":"ی"},"text":"x"}',
    ],
    [
      'changes the last of duplicate keys, the one JSON.parse reads',
      '{"text":"ی","text":"ک"}',
      fields('text'),
      '{"text":"ی","text":"ك"}',
    ],
    ['finds keys written with escapes', '{"t\\u0065xt":"ک"}', fields('text'), '{"t\\u0065xt":"ك"}'],
    [
      'normalises an array of strings element by element, keeping its spacing',
      '{"text":[ "ک" ,"ok", "ی\\u0020"],"n":1}',
      fields('text', 'missing.path'),
      '{"text":[ "ك" ,"ok", "ي"],"n":1}',
    ],
    [
      'addresses a key holding a dot, written \\. in the path',
      '{"a.b":"ک","a":{"b":"ی"}}',
      fields('a\\.b'),
      '{"a.b":"ك","a":{"b":"ی"}}',
    ],
    [
      'escapes what JSON needs in the new value',
      '{"text":"a\\"\\u0007b"}',
      fields('text'),
      '{"text":"a\\"b"}',
    ],
    [
      'keeps a byte order mark before the record',
      '\ufeff{"text":"ک"}',
      fields('text'),
      '\ufeff{"text":"ك"}',
    ],
  ])('%s', (_name, line, paths, expected) => {
    expect(processRecord(line, paths, (t) => normalize(t))).toEqual({ ok: true, line: expected });
  });

  it.each([
    ['a number', '{"text":5}', 'a number'],
    ['an object', '{"text":{"x":"ک"}}', 'an object'],
    ['null', '{"text":null}', 'null'],
    ['an array holding a number', '{"text":["ک",1]}', 'an array holding something other than text'],
  ])('reports a field holding %s and leaves the record as it was', (_name, line, holds) => {
    expect(processRecord(line, fields('text'), (t) => normalize(t))).toEqual({
      ok: true,
      line,
      notText: [{ path: ['text'], holds }],
    });
  });

  it.each([
    ['broken JSON', '{"text": "x"'],
    ['a value that is not an object', '[1,2,3]'],
  ])('reports %s and returns the line unchanged', (_name, line) => {
    const result = processRecord(line, fields('text'), (t) => normalize(t));
    expect(result.ok).toBe(false);
    expect(result.line).toBe(line);
  });

  it('the spliced record parses to the original record with the field normalised', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
        fc.string({ unit: fc.constantFrom('ی', 'ک', ' ', '۲', 'a', '"', '\\', '\n') }),
        (record, text) => {
          const withText = { ...record, inner: { text } };
          const line = JSON.stringify(withText);
          const result = processRecord(line, fields('inner.text'), (t) => normalize(t));
          expect(result.ok).toBe(true);
          const expected = { ...withText, inner: { text: normalize(text) } };
          // Compared through JSON, which has no -0: the record itself is what JSON can hold.
          expect(JSON.parse(result.line)).toEqual(JSON.parse(JSON.stringify(expected)));
        },
      ),
    );
  });
});

describe('parseFieldPath', () => {
  it('splits on dots, with \\. for a dot and \\\\ for a backslash inside a key', () => {
    expect(parseFieldPath('meta.title')).toEqual(['meta', 'title']);
    expect(parseFieldPath('stats\\.v2.title')).toEqual(['stats.v2', 'title']);
    expect(parseFieldPath('a\\\\.b')).toEqual(['a\\', 'b']);
    expect(parseFieldPath('a\\b')).toEqual(['a\\b']);
  });
});

describe('locateString', () => {
  it('returns the span of the string token, quotes included', () => {
    const line = '{"a": {"b": [1, {"c": "]"}], "c": "x\\"y"}}';
    const span = locateString(line, ['a', 'c'])!;
    expect(line.slice(span[0], span[1])).toBe('"x\\"y"');
  });
});
