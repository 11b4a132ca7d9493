/**
 * Matching with `*` as "any text", case-insensitively, in time proportional to the pattern's
 * length times the text's at worst. `?search=` values and widget-key referrers use it: a regular
 * expression built from them (`a*a*a*…` → `a.*a.*a.*…`) backtracks exponentially, and a stranger
 * controls one side of the match (the query, the `Origin` header).
 */

/**
 * A matcher for `pattern`: true when the whole text matches, `*` standing for any run of characters.
 * @example wildcard('*@example.com')('Ann@Example.com') // true
 */
export function wildcard(pattern: string): (text: string) => boolean {
  // Runs of stars are one star; the literal parts between them are matched greedily left to right,
  // the last part against the text's end: the classic linear check, no backtracking needed.
  const parts = pattern.toLowerCase().split('*');
  return (input) => {
    const text = input.toLowerCase();
    if (parts.length === 1) return text === parts[0];
    const head = parts[0];
    const tail = parts[parts.length - 1];
    if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return false;
    let at = head.length;
    const end = text.length - tail.length;
    for (let i = 1; i < parts.length - 1; i++) {
      if (!parts[i]) continue;
      const found = text.indexOf(parts[i], at);
      if (found < 0 || found + parts[i].length > end) return false;
      at = found + parts[i].length;
    }
    return true;
  };
}
