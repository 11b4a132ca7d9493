import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { listTimeZones, searchTimeZones, zoneLabel } from '../i18n/timezones';
import { labelZone } from '../labels/labelZone';
import { useModel } from './context';

/** "Your time zone: Berlin (GMT+01:00)" and, on demand, a search box (city, region, offset, name) over every IANA zone with a listbox. */
export function TimezonePicker() {
  const m = useModel();
  const i18n = m.i18n.value;
  const zone = m.timeZone.value;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  // `autofocus` is ignored once the page has a focused element, so focus the search box ourselves.
  useEffect(() => void (open && search.current?.focus()), [open]);
  const now = m.now();
  const all = useMemo(() => listTimeZones([zone]), [zone]);
  const zones = useMemo(() => (open ? searchTimeZones(query, now, i18n.locale, all) : []), [open, query, all, i18n.locale]);
  const label = zoneLabel(zone, now, i18n.locale);

  function close() {
    setOpen(false);
    setQuery('');
    toggle.current?.focus();
  }

  return (
    <div class="bw-tz" part="timezone">
      <span>{i18n.t('timezone_label')}:</span>{' '}
      <button ref={toggle} type="button" class="bw-link" aria-expanded={open} aria-controls="bw-tz-panel" aria-label={labelZone(i18n, zone, now)} onClick={() => (open ? close() : setOpen(true))}>
        {label}
      </button>
      {open && (
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
      )}
    </div>
  );
}
