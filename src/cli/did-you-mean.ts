/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The known name closest to a mistyped one, for "did you mean": a name the typed one begins (an
 * abbreviation such as `--sent`), or one at most a third of its letters away; undefined if none.
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const bare = typed.replace(/=.*$/, '');
  const prefixed = known.filter(
    (name) => bare.replace(/^-+/, '').length >= 3 && name.startsWith(bare),
  );
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(bare.length / 3)) + 1;
  for (const name of known) {
    const d = distance(bare, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
