/**
 * The availability engine of the mock Timekit API: pure functions from resources, constraints and
 * busy intervals to free slots. It knows nothing of HTTP; `POST /availability` parses the request
 * into an {@link AvailabilityQuery} and formats the {@link EngineSlot}s. See README.md for the rules.
 */
export type { AvailabilityQuery, BusyInterval, EngineResource, EngineSlot } from './types';
export { computeAvailability } from './computeAvailability';
export { validateConstraint } from './validateConstraint';
export { CONSTRAINT_KEYS } from './parseConstraint';
export { isValidTimeZone } from './zoneOffset';
