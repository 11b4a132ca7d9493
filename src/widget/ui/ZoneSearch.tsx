import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { listTimeZones, searchTimeZones } from '../i18n/timezones';
import { useModel } from './context';

/**
 * The time-zone search panel the picker's button opens (lazily loaded with the steps): a search box
 * (city, region, offset, name) over every IANA zone with a listbox. Escape, Enter or a double click
 * closes it through `close`, which gives focus back to the button.
 */
export function ZoneSearch({ close }: { close: () => void }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const zone = m.timeZone.value;
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  // `autofocus` is ignored once the page has a focused element, so focus the search box ourselves.
  useEffect(() => search.current?.focus(), []);
  const now = m.now();
  const all = useMemo(() => listTimeZones([zone]), [zone]);
  const zones = useMemo(() => searchTimeZones(query, now, i18n.locale, all), [query, all, i18n.locale]);
  return (
    <div id="bw-tz-panel" class="bw-tz-panel" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <label for="bw-tz-q">{i18n.t('timezone_search')}</label>
      <input ref={search} id="bw-tz-q" type="search" autocomplete="off" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      {zones.length ? (
        <select
          size={6}
          aria-label={i18n.t('timezone_list')}
          value={zone}
          onChange={(e) => m.setTimeZone((e.target as HTMLSelectElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), close())}
          onDblClick={close}
        >
          {zones.map((z) => (
            <option key={z.zone} value={z.zone}>
              {z.label}
            </option>
          ))}
        </select>
      ) : (
        <p role="status">{i18n.t('timezone_no_match', { query })}</p>
      )}
    </div>
  );
}
