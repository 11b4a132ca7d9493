const known = new Map<string, boolean>();

/** True for an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  let answer = known.get(value);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      answer = true;
    } catch {
      answer = false;
    }
    known.set(value, answer);
  }
  return answer;
}
