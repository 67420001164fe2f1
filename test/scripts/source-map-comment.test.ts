import { describe, expect, it } from 'vitest';
import { withOneSourceMapComment } from '../../scripts/source-map-comment.mjs';

const COMMENT = '//# sourceMappingURL=index.js.map';

describe('the build step that leaves one sourceMappingURL comment (scripts/source-map-comment.mjs)', () => {
  it('keeps only the last of the comments that end a file, as tsup with treeshake writes two', () => {
    expect(withOneSourceMapComment(`export { a };\n${COMMENT}\n${COMMENT}`)).toBe(
      `export { a };\n${COMMENT}`,
    );
    expect(withOneSourceMapComment(`export { a };\n${COMMENT}\n${COMMENT}\n${COMMENT}\n`)).toBe(
      `export { a };\n${COMMENT}\n`,
    );
  });

  it('keeps the last comment when the two name different maps, as tools read the last', () => {
    expect(withOneSourceMapComment(`f();\n//# sourceMappingURL=old.map\n${COMMENT}`)).toBe(
      `f();\n${COMMENT}`,
    );
  });

  it('leaves a file with one comment, or none, as it is', () => {
    for (const code of [`f();\n${COMMENT}`, `f();\n${COMMENT}\n`, 'f();\n', '']) {
      expect(withOneSourceMapComment(code)).toBe(code);
    }
  });

  it('leaves a comment line that code follows, which is not the file’s closing comment', () => {
    const code = `${COMMENT}\nf();\n${COMMENT}`;
    expect(withOneSourceMapComment(code)).toBe(code);
  });
});
