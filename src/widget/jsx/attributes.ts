import type { AvailabilityViewName, Theme } from '../config/types';
import type { Graph } from '../../wire/index';

/**
 * The attributes of `<booking-widget>` (the same as the data-attribute embed, here without
 * `data-`; with `data-` works too). Every framework's JSX types below use this one list.
 */
export interface BookingWidgetAttributes {
  'app-key'?: string;
  'project-id'?: string;
  'project-slug'?: string;
  'api-base-url'?: string;
  /** Comma-separated resource ids. */
  resources?: string;
  /** `"30 minutes"`, `"1 hour"`. */
  length?: string;
  graph?: Graph;
  locale?: string;
  timezone?: string;
  theme?: Theme;
  'brand-color'?: string;
  view?: AvailabilityViewName;
  /** Any config as JSON; the single attributes win over it. */
  config?: string;
}
