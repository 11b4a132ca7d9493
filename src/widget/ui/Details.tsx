import { labelDuration } from '../labels/labelDuration';
import { useModel } from './context';

/**
 * Who and what, before the month (as booking pages people know do it): the host (avatar, else
 * initials; `ui.display_name` or the only resource's name), the event title (`booking.what`), its
 * length (`availability.length`), where (`booking.where`, as text) and the description (plain text,
 * line breaks kept) and the price where the project has one (`booking.price`). While a project is
 * still loading: a placeholder in its place, so the layout does not change when it arrives.
 */
export function Details() {
  const m = useModel();
  const c = m.config.value;
  const i18n = m.i18n.value;
  if (m.phase.value === 'loading' && !m.project.value && !c.disable_remote_load && (c.project_id ?? c.project_slug))
    return <div class="bw-details bw-skel-line" aria-hidden="true" />;
  const names = new Set(m.slots.value.map((s) => s.resources[0]?.name));
  const host = c.ui.display_name || (names.size === 1 ? [...names][0] : '');
  const { what, where, description } = c.booking;
  const length = !m.groupMode.value && labelDuration(c.availability.length, i18n.locale);
  const price = c.booking.price;
  const test = m.testMode.value;
  if (!host && !what && !length && !test) return null;
  return (
    <div class="bw-details" part="header">
      {host && (
        <p class="bw-host">
          {c.ui.avatar ? (
            <img class="bw-avatar" src={c.ui.avatar} alt="" width={48} height={48} />
          ) : (
            <span class="bw-avatar" aria-hidden="true">
              {host.split(/\s+/, 2).map((w) => w.charAt(0).toUpperCase())}
            </span>
          )}
          {host}
        </p>
      )}
      {what && <h2>{what}</h2>}
      {test && <span class="bw-badge">{i18n.t('test_mode')}</span>}
      {(length || where || price) && (
        <ul>
          {/* A clock, a map pin and a coin, drawn in CSS (widget.css) in the text colour. */}
          {length && <li class="bw-len">{length}</li>}
          {where && <li class="bw-at">{where}</li>}
          {/* Formatted by the steps file, fetched once the calendar shows (booking.js has no bytes left for it). */}
          {price && <li class="bw-price">{m.steps.value?.labelPrice(price, i18n.locale)}</li>}
        </ul>
      )}
      {description && <p class="bw-desc">{description}</p>}
    </div>
  );
}
