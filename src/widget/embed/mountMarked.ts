import { getHandle } from '../mount';
import { mountFromAttributes } from './mountFromAttributes';

/**
 * Mounts every `[data-booking-widget]` element under `root` that has no widget yet (idempotent:
 * safe to call when the script runs and again on DOMContentLoaded).
 * @example mountMarked(document)
 */
export function mountMarked(root: ParentNode): number {
  let count = 0;
  for (const el of Array.from(root.querySelectorAll('[data-booking-widget]'))) {
    if (getHandle(el)) continue;
    mountFromAttributes(el);
    count++;
  }
  return count;
}
