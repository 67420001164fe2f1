export function withOneSourceMapComment(code: string): string;
export function oneSourceMapCommentInFiles(paths: readonly string[]): number;
