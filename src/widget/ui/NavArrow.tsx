import { useModel } from './context';

/**
 * The month's or week's "previous" / "next" arrow. At the end of the range it stays focusable and
 * says it is unavailable (`aria-disabled`), rather than `disabled`: a button disabled under the
 * keyboard's focus drops the focus to the page. A move says what is shown now (`shown`), as the
 * heading it changes is not a live region.
 */
export function NavArrow(props: { to: 'previous' | 'next'; label: string; unavailable: boolean; go: () => void; shown: () => string }) {
  const m = useModel();
  return (
    <button
      type="button"
      class="bw-icon"
      aria-label={props.label}
      aria-disabled={props.unavailable || undefined}
      onClick={() => {
        if (props.unavailable) return;
        props.go();
        m.announce(props.shown());
      }}
    >
      {/* In a right-to-left language the browser mirrors these (bidi mirroring): next points left there. */}
      {props.to === 'previous' ? '‹' : '›'}
    </button>
  );
}
