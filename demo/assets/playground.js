// Demo page only: the playground's controls. Every change builds a fresh <booking-widget> with the
// chosen attributes and swaps it in (one mount per change), and writes the choice to the address bar.
const form = document.getElementById('controls');
const stage = document.getElementById('stage');
const markup = document.getElementById('markup');
const params = new URLSearchParams(location.search);

// The address bar wins over the form's defaults, so a shared link opens the same view.
for (const [name, value] of params) {
  const field = form.elements.namedItem(name === 'brand' ? 'brand' : name);
  if (!field) continue;
  if (name === 'brand') {
    form.elements.namedItem('use-brand').checked = true;
    field.value = value;
  } else field.value = value;
}

function choice() {
  const get = (name) => form.elements.namedItem(name).value;
  return {
    locale: get('locale'),
    pagelang: get('pagelang'),
    theme: get('theme'),
    brand: form.elements.namedItem('use-brand').checked ? get('brand') : '',
    view: get('view'),
    format: get('format'),
  };
}

function render() {
  const c = choice();
  document.documentElement.lang = c.pagelang;
  const attrs = {
    id: 'widget',
    'data-api-base-url': window.DEMO_ENV.apiBaseUrl,
    'data-app-key': window.DEMO_ENV.widgetKey,
    'data-resources': '11111111-1111-4111-8111-111111111111',
    'data-length': '30 minutes',
    'data-theme': c.theme,
    'data-view': c.view,
  };
  if (c.locale) attrs['data-locale'] = c.locale;
  if (c.brand) attrs['data-brand-color'] = c.brand;
  const config = { ui: { display_name: 'Doc Brown' }, customer_fields: { phone: { format: 'tel' } } };
  if (c.format) config.ui.time_date_format = c.format;
  attrs['data-config'] = JSON.stringify(config);
  const el = document.createElement('booking-widget');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  stage.replaceChildren(el);
  // Everything a page needs, pasted as is into an empty HTML file: key, API URL and the script (e2e checks).
  markup.textContent = `<booking-widget ${Object.entries(attrs)
    .filter(([k]) => k !== 'id')
    .map(([k, v]) => `${k}='${v}'`)
    .join('\n                ')}></booking-widget>\n<script async src="${new URL('/dist/booking.js', location.href)}"></script>`;
  const query = new URLSearchParams(Object.entries(c).filter(([, v]) => v !== '' && v !== undefined));
  history.replaceState(null, '', `${location.pathname}?${query}`);
}

form.addEventListener('change', render);
form.addEventListener('submit', (e) => e.preventDefault());
// booking.js (loaded after this file) defines <booking-widget>; mount once it has.
customElements.whenDefined('booking-widget').then(render);
