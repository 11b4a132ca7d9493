/** @jsxImportSource react */
// A React app using the widget's React component, as the README's recipe shows.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BookingWidget } from 'embeddable-booking-widget/react';

const env = (window as unknown as { DEMO_ENV: { apiBaseUrl: string; widgetKey: string } }).DEMO_ENV;

function App() {
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [booked, setBooked] = useState('');
  return (
    <main>
      <h1>React example</h1>
      <button type="button" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>
        Theme: {theme}
      </button>
      <p role="status">{booked && `Booked ${booked}`}</p>
      <BookingWidget
        app_key={env.widgetKey}
        api_base_url={env.apiBaseUrl}
        resources={['11111111-1111-4111-8111-111111111111']}
        availability={{ length: '30 minutes' }}
        ui={{ display_name: 'Doc Brown', theme }}
        onCreated={(event) => setBooked(event.detail.data.id)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
