import type { AvailabilityRequest, Slot } from '../../wire/index';
import type { ApiResponse, BookingBackend } from '../api/types';
import type { ResolvedConfig } from '../config/types';
import type { WidgetSlot } from '../time/slots';
import type { Emit } from './events';
import { availabilityRequest } from './availabilityRequest';

/** What a load of the times needs. */
export interface SlotsInput {
  backend: BookingBackend;
  config: ResolvedConfig;
  timeZone: string;
  emit: Emit;
  signal: AbortSignal;
  /** The answer to this request when it was sent earlier (`createPicker`'s prefetch); null: send it now. */
  sent?: (req: AvailabilityRequest) => Promise<ApiResponse<Slot[]>> | null;
}

/** The times a load found, and whether the API said it is in test mode. */
export interface LoadedSlots {
  slots: WidgetSlot[];
  testMode: boolean;
}

/**
 * Fetches the bookable times (availability; group sessions come with the steps, `loadGroupSlots.ts`),
 * with the Booking.js callbacks around it (`modifyFetchedAvailability` may replace the answer). It
 * travels in the config-check file (`m.check`), which a start has before it loads times.
 */
export async function loadSlots(input: SlotsInput): Promise<LoadedSlots> {
  const { backend, config, timeZone, emit, signal } = input;
  const req = availabilityRequest(config, timeZone);
  emit('availability-requested', req);
  try {
    let res = await (input.sent?.(req) ?? backend.getAvailability(req, signal));
    const modify = config.callbacks.modifyFetchedAvailability;
    if (typeof modify === 'function') {
      const changed = (await modify({ request: { data: req, method: 'post', url: '/availability' }, response: res })) as
        typeof res | undefined;
      if (changed && Array.isArray(changed.data)) res = changed;
    }
    emit('availability-loaded', res);
    return { slots: res.data, testMode: res.testMode };
  } catch (e) {
    if (!signal.aborted) emit('availability-failed', e);
    throw e;
  }
}
