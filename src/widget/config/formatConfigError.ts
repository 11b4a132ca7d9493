import type { ConfigError } from './types';

/**
 * One config problem as a line for the console and the error view.
 * @example formatConfigError({ key: 'resources', message: 'must be a list' }) // '`resources` must be a list'
 */
export function formatConfigError(error: ConfigError): string {
  return `\`${error.key}\` ${error.message}`;
}
