/**
 * Compile-time checks of the config types (run by `npm run typecheck`, never executed): unknown keys
 * are errors, and views, graphs, themes, field formats and positions are unions.
 */
import type { WidgetConfig } from './types';

const configs: WidgetConfig[] = [
  {
    app_key: 'k',
    ui: { display_name: 'Doc', availability_view: 'agendaWeek', floating_button: { text: 'Book', position: 'bottom-left' } },
  },
  // @ts-expect-error a misspelt ui key
  { ui: { dispaly_name: 'Doc' } },
  // @ts-expect-error a misspelt top-level key
  { availabilty: { length: '30 minutes' } },
  // @ts-expect-error a view that does not exist
  { ui: { availability_view: 'year' } },
  // @ts-expect-error a theme that does not exist
  { ui: { theme: 'pink' } },
  // @ts-expect-error a graph that does not exist
  { booking: { graph: 'instantly' } },
  // @ts-expect-error a field format that does not exist
  { customer_fields: { note: { format: 'textbox' } } },
  // @ts-expect-error a corner the floating button does not take
  { ui: { floating_button: { text: 'Book', position: 'top-left' } } },
];
export default configs;
