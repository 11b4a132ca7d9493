import { useEffect } from 'preact/hooks';
import { useModel } from './context';

/**
 * Group mode: re-reads the seat counts quietly when the visitor comes back to the page
 * (`watchSessions`, with the lazily loaded steps a group widget waits for).
 */
export function useSessionRefresh(): void {
  const m = useModel();
  const watch = m.groupMode.value && typeof document !== 'undefined' ? m.steps.value?.watchSessions : undefined;
  useEffect(() => watch?.(document, () => void m.refreshSeats()), [watch, m]);
}

/** The calendar step's seat watch in group mode (rendered by `Picker` once the steps are there). */
export function SessionWatch() {
  useSessionRefresh();
  return null;
}
