/**
 * Group mode: calls `refresh` when the visitor comes back to the page (tab shown again, window
 * focused), at most every 2 s, so seats freed or taken meanwhile show without a reload. Returns the
 * cleanup. Comes with the lazily loaded steps, which a group widget always has (`stepsFirst`).
 * @example useEffect(() => watchSessions(document, () => void model.refreshSeats()), []);
 */
export function watchSessions(doc: Document, refresh: () => void): () => void {
  const win = doc.defaultView;
  let last = 0;
  const onShow = () => {
    if (doc.visibilityState === 'hidden' || Date.now() - last < 2000) return;
    last = Date.now();
    refresh();
  };
  doc.addEventListener('visibilitychange', onShow);
  win?.addEventListener('focus', onShow);
  return () => {
    doc.removeEventListener('visibilitychange', onShow);
    win?.removeEventListener('focus', onShow);
  };
}
