// The Booking.js global under the page's strict policy: an external script, since nothing inline may run.
window.widget = new TimekitBooking().init({
  app_key: DEMO_ENV.widgetKey,
  api_base_url: DEMO_ENV.apiBaseUrl,
  project_id: 'aaaaaaaa-0000-4000-8000-000000000002',
  ui: { display_name: 'Lorraine Baines', availability_view: 'list' },
});
