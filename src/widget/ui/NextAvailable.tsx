import { dayKeyToDate } from '../time/dayKey';
import { useModel } from './context';

/** "No open times in November" and a jump to the next open day, when there is one. */
export function NextAvailable({ text }: { text: string }) {
  const m = useModel();
  const i18n = m.i18n.value;
  const next = m.nextOpenDay.value;
  return (
    <p class="bw-next">
      {text}{' '}
      {next && (
        <button type="button" class="bw-link" onClick={() => m.goToNextAvailable()}>
          {i18n.t('next_available', { date: i18n.formatDate(dayKeyToDate(next), 'UTC', 'full') })}
        </button>
      )}
    </p>
  );
}
