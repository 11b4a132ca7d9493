// The organiser's side of group sessions, as a host's back office would do it with the app key.
// Plain browser JS against the Timekit wire format: no widget code involved.
const env = window.DEMO_ENV;
const auth = 'Basic ' + btoa(':' + env.appKey);
const $ = (id) => document.getElementById(id);
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone: tz });

async function api(method, path) {
  const res = await fetch(env.apiBaseUrl + 'v2/' + path, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json', 'timekit-timezone': tz },
  });
  const body = res.status === 204 ? null : await res.json();
  if (!res.ok) {
    const detail =
      body &&
      (body.error ||
        Object.values(body.errors || {})
          .flat()
          .join(' '));
    throw new Error(`${method} ${path}: ${res.status} ${detail || ''}`.trim());
  }
  return body;
}

function say(text) {
  $('status').textContent = text;
}

function el(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const SEAT_TAKING = new Set(['confirmed', 'tentative', 'paid']);

// The waitlist of a sold-out session (our API: GET /bookings/groups/:id/waitlist, app key), in joining
// order; "told" is when a freed seat named the person in the `waitlist` webhook.
function renderWaitlist(entries) {
  if (!entries.length) return el('p', { className: 'empty', textContent: 'Nobody on the waitlist.' });
  const head = el(
    'tr',
    {},
    ['#', 'Name', 'E-mail', 'Joined', 'Told of a free seat'].map((h) => el('th', { scope: 'col', textContent: h })),
  );
  const rows = entries.map((e) =>
    el('tr', {}, [
      el('td', { textContent: String(e.position) }),
      el('td', { textContent: e.name }),
      el('td', { textContent: e.email }),
      el('td', { textContent: when.format(new Date(e.joined_at)) }),
      el('td', { textContent: e.notified_at ? when.format(new Date(e.notified_at)) : 'Not yet' }),
    ]),
  );
  const caption = `Waitlist (${entries.length} ${entries.length === 1 ? 'person' : 'people'})`;
  return el('table', { className: 'waitlist' }, [el('caption', { textContent: caption }), el('thead', {}, [head]), el('tbody', {}, rows)]);
}

function renderSession(owner) {
  const info = owner.attributes.event_info;
  const seats = owner.attributes.group_booking;
  const attendees = (owner.related_bookings || []).filter((b) => SEAT_TAKING.has(b.state));
  const section = el('section', { className: 'session', ariaLabel: `${info.what}, ${when.format(new Date(info.start))}` });
  section.append(
    el('h2', { textContent: `${info.what} — ${when.format(new Date(info.start))}` }),
    el('p', { className: 'meta' }, [
      `${info.where} · `,
      el('span', { className: 'state', textContent: owner.state }),
      ` · ${seats.current_seats} of ${seats.max_seats} seats taken`,
    ]),
  );
  if (attendees.length === 0) {
    section.append(el('p', { className: 'empty', textContent: 'No attendees yet.' }));
  } else {
    const rows = attendees.map((seat) => {
      const c = seat.customers[0] || { name: '?', email: '' };
      // A seat booking answers `related: {owner_booking_id, seats}` (seats default to 1).
      const seatCount = (seat.related && seat.related.seats) || 1;
      const label = seatCount === 1 ? `Cancel ${c.name}'s seat` : `Cancel ${c.name}'s ${seatCount} seats`;
      const cancel = el('button', { type: 'button', className: 'danger', textContent: label });
      cancel.addEventListener('click', () =>
        act(`bookings/${seat.id}/cancel_by_owner`, `Cancelled ${c.name}'s ${seatCount === 1 ? 'seat' : `${seatCount} seats`}.`),
      );
      const canCancel = seat.available_actions.includes('cancel_by_owner');
      return el('tr', {}, [
        el('td', { textContent: c.name }),
        el('td', { textContent: c.email }),
        el('td', { textContent: String(seatCount) }),
        el('td', { textContent: seat.state }),
        el('td', {}, canCancel ? [cancel] : []),
      ]);
    });
    const head = el(
      'tr',
      {},
      ['Name', 'E-mail', 'Seats', 'State', 'Action'].map((h) => el('th', { scope: 'col', textContent: h })),
    );
    section.append(el('table', {}, [el('caption', { textContent: 'Attendees' }), el('thead', {}, [head]), el('tbody', {}, rows)]));
  }
  section.append(renderWaitlist(owner.waitlist));
  if (owner.available_actions.includes('cancel')) {
    const cancelAll = el('button', { type: 'button', className: 'danger', textContent: 'Cancel the whole session' });
    cancelAll.addEventListener('click', () => act(`bookings/${owner.id}/cancel`, 'Session cancelled; every seat was released.'));
    section.append(cancelAll);
  }
  return section;
}

async function act(path, done) {
  try {
    await api('PUT', path);
    await load();
    say(done);
  } catch (error) {
    say(`Could not do that: ${error.message}`);
  }
}

async function load() {
  const projectId = env.projects[$('project').value];
  say('Loading sessions…');
  try {
    const list = await api('GET', `bookings/groups?search=project.id:${projectId}`);
    const owners = await Promise.all(
      list.data.map(async (g) => {
        const [owner, waitlist] = await Promise.all([
          api('GET', `bookings/${g.id}?include=related_bookings.customers`),
          api('GET', `bookings/groups/${g.id}/waitlist?limit=500`),
        ]);
        return { ...owner.data, waitlist: waitlist.data };
      }),
    );
    owners.sort((a, b) => Date.parse(a.attributes.event_info.start) - Date.parse(b.attributes.event_info.start));
    $('sessions').replaceChildren(...owners.map(renderSession));
    say(owners.length ? `${owners.length} session${owners.length === 1 ? '' : 's'} loaded.` : 'This project has no sessions.');
  } catch (error) {
    say(`Could not load the sessions: ${error.message}`);
  }
}

// ?project=<id> adds a project that is not in the list (e.g. one a test made).
const extra = new URLSearchParams(location.search).get('project');
if (extra) {
  env.projects.fromUrl = extra;
  $('project').prepend(el('option', { value: 'fromUrl', textContent: `Project ${extra}`, selected: true }));
}

$('project').addEventListener('change', load);
$('refresh').addEventListener('click', load);
// Coming back to this tab (after joining a waitlist or booking in the widget's tab) reads everything again.
document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && load());
load();
