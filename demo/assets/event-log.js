// Demo pages only: list the widget's booking:* events as they bubble out of the shadow root.
const log = document.getElementById('log');
const names = [
  'render-completed',
  'availability-loaded',
  'availability-failed',
  'slot-selected',
  'form-shown',
  'form-closed',
  'create-started',
  'created',
  'failed',
  'error',
  'timezone-changed',
];
for (const name of names) {
  document.addEventListener(`booking:${name}`, (e) => {
    if (!log) return;
    const line = document.createElement('div');
    line.textContent = `${new Date().toLocaleTimeString()}  booking:${name}  ${e.target.id || e.target.tagName.toLowerCase()}`;
    log.prepend(line);
  });
}
