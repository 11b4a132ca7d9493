import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { detectTimeZone, listTimeZones, searchTimeZones } from '../i18n/timezones';
import { useModel } from './context';

/**
 * The time-zone search the picker's button opens (lazily loaded with the steps): a WAI-ARIA 1.2
 * combobox with a listbox popup over every IANA zone. Typing filters (city, region, generic name,
 * abbreviation, offset); ArrowDown/ArrowUp move the highlighted option (`aria-activedescendant`,
 * focus stays in the box); Enter or a click picks it and closes; Escape closes. Closing goes
 * through `close`, which gives focus back to the button; Tab out of the search closes it and leaves
 * the focus where Tab took it. With nothing typed, the zone shown now and the visitor's own zone
 * come first; each option shows its offset now. "No match" is said in the widget's one live region.
 */
export function ZoneSearch({ close }: { close: (refocus?: boolean) => void }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const zone = m.timeZone.value;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // `autofocus` is ignored once the page has a focused element, so focus the search box ourselves.
  useEffect(() => search.current?.focus(), []);
  const now = m.now();
  const first = useMemo(() => [...new Set([zone, detectTimeZone()])], [zone]);
  const all = useMemo(() => listTimeZones(first), [first]);
  const zones = useMemo(() => {
    const found = searchTimeZones(query, now, i18n.locale, all);
    if (query) return found;
    const pinned = first.map((z) => found.find((o) => o.zone === z)).filter((o) => o !== undefined);
    return [...pinned, ...found.filter((o) => !pinned.includes(o))];
  }, [query, all, i18n.locale]);
  const at = Math.min(active, zones.length - 1);
  const none = zones.length === 0;
  useEffect(() => void (none && m.announce(i18n.t('timezone_no_match', { query }))), [none]);
  useEffect(() => list.current?.querySelector('[aria-selected=true]')?.scrollIntoView?.({ block: 'nearest' }), [at, zones]);

  function pick(z: string) {
    m.setTimeZone(z);
    close();
  }

  function onKeyDown(e: KeyboardEvent) {
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 }[e.key];
    if (move) setActive(Math.max(0, Math.min(zones.length - 1, at + move)));
    else if (e.key === 'Enter' && zones[at]) pick(zones[at].zone);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
  }

  return (
    <div
      id="bw-tz-panel"
      class="bw-tz-panel"
      onFocusOut={(e) => {
        // Focus left the search (Tab, or a click elsewhere), not the window: it closes, the focus stays there.
        const to = e.relatedTarget as Node | null;
        if (to && !e.currentTarget.contains(to)) close(false);
      }}
    >
      <label for="bw-tz-q">{i18n.t('timezone_search')}</label>
      <input
        ref={search}
        id="bw-tz-q"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={!none}
        aria-controls={none ? undefined : 'bw-tz-list'}
        aria-activedescendant={zones.length ? `bw-tz-o${at}` : undefined}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {zones.length ? (
        // A press on an option keeps the focus in the box (it would otherwise leave, and close the search, before the click).
        <ul ref={list} id="bw-tz-list" role="listbox" aria-label={i18n.t('timezone_list')} onMouseDown={(e) => e.preventDefault()}>
          {zones.map((o, i) => (
            // The options are not focusable (focus stays in the box); the box's keys do what their clicks do.
            <li
              key={o.zone}
              id={`bw-tz-o${i}`}
              role="option"
              aria-selected={i === at}
              class={o.zone === zone ? 'bw-current' : undefined}
              onClick={() => pick(o.zone)}
            >
              <span>{o.label.replace(/ \(.*\)$/, '')}</span> <span class="bw-offset">{/\((.*)\)$/.exec(o.label)?.[1] ?? ''}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{i18n.t('timezone_no_match', { query })}</p>
      )}
    </div>
  );
}
