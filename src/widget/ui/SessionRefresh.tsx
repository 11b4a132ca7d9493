import { useEffect } from 'preact/hooks';
import { useModel } from './context';

/**
 * Group mode: re-reads the seat counts quietly when the visitor comes back to the page (tab shown
 * again, window focused), at most every 2 s, so seats freed or taken meanwhile show without a reload.
 */
export function useSessionRefresh(): void {
  const m = useModel();
  const group = m.groupMode.value;
  useEffect(() => {
    if (!group || typeof document === 'undefined') return;
    let last = 0;
    const onShow = () => {
      if (document.visibilityState === 'hidden' || Date.now() - last < 2000) return;
      last = Date.now();
      void m.refreshSeats();
    };
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('focus', onShow);
    return () => {
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('focus', onShow);
    };
  }, [group, m]);
}
