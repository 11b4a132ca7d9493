/**
 * The SPA demo: an app that uses the npm entry like a customer's app would — `mount()` into an
 * element it owns, and the `<BookingWidget>` component — built by `vite build --mode demo`.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { BookingWidget, mount, type WidgetHandle } from '../../src/widget/index';

declare global {
  interface Window {
    DEMO_ENV: { apiBaseUrl: string; widgetKey: string };
  }
}

function App() {
  const env = window.DEMO_ENV;
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [handle, setHandle] = useState<WidgetHandle | null>(null);
  return (
    <div class="grid2">
      <section>
        <h2>mount()</h2>
        <div
          id="mounted"
          ref={(el) => {
            if (el && !handle)
              setHandle(
                mount(el, {
                  app_key: env.widgetKey,
                  api_base_url: env.apiBaseUrl,
                  resources: ['11111111-1111-4111-8111-111111111111'],
                  availability: { length: '30 minutes' },
                }),
              );
          }}
        />
        <button
          type="button"
          onClick={() => {
            const next = theme === 'light' ? 'dark' : 'light';
            setTheme(next);
            handle?.update({ ui: { theme: next } });
          }}
        >
          Toggle theme with update()
        </button>
      </section>
      <section>
        <h2>&lt;BookingWidget&gt;</h2>
        <BookingWidget
          config={{ app_key: env.widgetKey, api_base_url: env.apiBaseUrl, project_slug: 'team', ui: { availability_view: 'list' } }}
        />
      </section>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
