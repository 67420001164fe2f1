import { describe, expect, it } from 'vitest';
import { restoreConst, shiftMappings } from '../../scripts/restore-const.mjs';

const restored = (code: string) => restoreConst(code).code;

describe('the build step that gives top-level bindings back their const (scripts/restore-const.mjs)', () => {
  it('writes a top-level var that is never assigned again as const', () => {
    const code =
      'var TABLE = new Uint8Array(4);\nvar COPY = 0;\nfunction f(u) { return TABLE[u] === COPY; }\n';
    expect(restored(code)).toBe(
      'const TABLE = new Uint8Array(4);\nconst COPY = 0;\nfunction f(u) { return TABLE[u] === COPY; }\n',
    );
    expect(restoreConst(code).count).toBe(2);
  });

  it('leaves a var that is assigned anywhere: plainly, compounded, counted or in a pattern', () => {
    for (const write of [
      'pos = 1',
      'pos += 1',
      'pos++',
      '--pos',
      '[pos] = [1]',
      '({ a: pos } = o)',
      'for (pos of xs) ;',
    ]) {
      const code = `var pos = 0;\nfunction f(o, xs) { ${write}; }\n`;
      expect(restored(code), write).toBe(code);
    }
  });

  it('leaves a var assigned in an inner scope under the same name, whatever it binds there', () => {
    const code = 'var n = 0;\nfunction f() { let n = 1; n = 2; return n; }\n';
    expect(restored(code)).toBe(code);
  });

  it('leaves a compiled enum, which reads itself in its initialiser, and a var without one', () => {
    const code = 'var Kind = ((Kind2) => Kind2)(Kind || {});\nvar later;\nlater = 1;\nvar blank;\n';
    expect(restored(code)).toBe(code);
  });

  it('leaves a name declared twice, and bindings inside functions', () => {
    const code = 'var a = 1;\nvar a = 2;\nfunction f() { var b = 1; return b; }\n';
    expect(restored(code)).toBe(code);
  });

  it('cuts a statement of several names, in order, where const and var alternate', () => {
    expect(restored('var a = 1, b = 2;\n')).toBe('const a = 1, b = 2;\n');
    expect(restored('var a = 1, b = 2;\nb = 3;\n')).toBe('const a = 1;var b = 2;\nb = 3;\n');
    expect(restored('var a=1,b=2,c=3,d=4;b=5;')).toBe('const a=1;var b=2;const c=3,d=4;b=5;');
    expect(restored('var b=2,a=1;b=5;')).toBe('var b=2;const a=1;b=5;');
  });

  it('tells where each var was, and moves the source map two columns right after it on that line', () => {
    const { at } = restoreConst('let x = 1;\nvar TABLE = 0;\n');
    expect(at).toEqual([[1, 0, 2]]);
    // Line 1 maps columns 0, 4 and 15; after `const` they are 0, 6 and 17. Line 0 is left.
    expect(shiftMappings('AAAA,IAAI;AAAA,IAAM,WAAA', at)).toBe('AAAA,IAAI;AAAA,MAAM,WAAA');
    // `var a=1,b=2;b=5;` becomes `const a=1;var b=2;b=5;`: columns 0, 4, 8 and 12 move to 0, 6,
    // 14 and 18 (2 added by `const`, 4 more by `;var ` for the `,` at column 7).
    const cut = restoreConst('var a=1,b=2;b=5;');
    expect(cut.at).toEqual([
      [0, 0, 2],
      [0, 7, 4],
    ]);
    expect(shiftMappings('AAAA,IAAI,IAAI,IAAI', cut.at)).toBe('AAAA,MAAI,QAAI,IAAI');
  });
});
