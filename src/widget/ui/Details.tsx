import { labelDuration } from '../labels/labelDuration';
import { useModel } from './context';

const NBSP = '\u00a0';

/**
 * Who and what, before the month (as booking pages people know do it): the host (avatar, else
 * initials; `ui.display_name` or the only resource's name), the event title (`booking.what`), its
 * length (`availability.length`), where (`booking.where`, as text) and the description (plain text,
 * line breaks kept) and the price where the project has one (`booking.price`). While a project is
 * still loading: placeholders in the shape of the usual header (host, title, length), so the month
 * moves little or not at all when it arrives. While the times load: the line of a host they alone
 * name (one resource, no `ui.display_name`), as an empty avatar.
 */
export function Details() {
  const m = useModel();
  const c = m.config.value;
  const i18n = m.i18n.value;
  if (m.phase.value === 'loading' && !m.project.value && !c.disable_remote_load && (c.project_id ?? c.project_slug))
    return (
      <div class="bw-details" aria-hidden="true">
        <p class="bw-host">
          <span class="bw-avatar" />
        </p>
        <h2 class="bw-skel-line">{NBSP}</h2>
        <ul>
          <li class="bw-skel-line">{NBSP}</li>
        </ul>
      </div>
    );
  const names = new Set(m.slots.value.map((s) => s.resources[0]?.name));
  // One resource and no display name (one-to-one): its name comes with the times, so its line (an empty avatar
  // until then) keeps its place and the month does not move down when they arrive.
  const pending = m.phase.value === 'loading' && c.resources?.length === 1 && !m.groupMode.value;
  const host = c.ui.display_name || (names.size === 1 ? [...names][0] : pending && ' ');
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
          {/* Formatted by the steps file, fetched once the calendar shows: the first screen does without its number formatting. */}
          {price && <li class="bw-price">{m.steps.value?.labelPrice(price, i18n.locale)}</li>}
        </ul>
      )}
      {description && <p class="bw-desc">{description}</p>}
    </div>
  );
}
