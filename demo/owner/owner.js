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
      list.data.map((g) => api('GET', `bookings/${g.id}?include=related_bookings.customers`).then((r) => r.data)),
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
load();
