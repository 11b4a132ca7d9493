import { validateConstraint } from '../domain/availability';
import type { Constraint } from '../../wire';
import type { Fields } from '../http/fields';

/** Reads an array of availability constraints at `key`, naming the bad entry (`key.2`). */
export function readConstraints(f: Fields, key: string): Constraint[] | undefined {
  const list = f.array(key);
  if (!list) return undefined;
  if (list.length > 200) {
    f.add(key, 'must have at most 200 constraints');
    return undefined;
  }
  let ok = true;
  list.forEach((value, i) => {
    const problem = validateConstraint(value);
    if (problem) {
      f.add(`${key}.${i}`, problem);
      ok = false;
    }
  });
  return ok ? (list as Constraint[]) : undefined;
}
