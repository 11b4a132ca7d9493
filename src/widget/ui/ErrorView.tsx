import { formatConfigError } from '../config/formatConfigError';
import { errorMessageKey } from '../model/errorMessage';
import { retryStart } from '../model/retryStart';
import { useModel, useStepFocus } from './context';

/**
 * Text whose `backticked` parts are config keys or values: those as code, left to right (in a
 * right-to-left language they would otherwise be reordered with their quotes), without the backticks.
 */
function withCode(text: string) {
  return text.split('`').map((part, i) =>
    i % 2 ? (
      <code key={i} dir="ltr">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

/** Config problems (each naming its key) or a failed load with a way on; never a blank box. */
export function ErrorView() {
  const m = useModel();
  const i18n = m.i18n.value;
  const ref = useStepFocus<HTMLHeadingElement>();
  const configErrors = m.configErrors.value;
  const err = m.loadError.value;
  return (
    <section class="bw-error" part="error" role="alert">
      <h2 ref={ref} tabIndex={-1}>
        {i18n.t(configErrors.length ? 'config_error_heading' : 'error_heading')}
      </h2>
      {configErrors.length > 0 ? (
        <ul>
          {configErrors.map((e) => (
            // The problems are in English, as in the console: they read left to right in every language.
            <li key={e.key} dir="ltr" lang="en">
              {withCode(formatConfigError(e))}
            </li>
          ))}
        </ul>
      ) : (
        err && (
          <>
            <p>{withCode(i18n.t(errorMessageKey(err), { message: err.message }))}</p>
            <button type="button" class="bw-btn" onClick={() => retryStart(m)}>
              {i18n.t('retry')}
            </button>
          </>
        )
      )}
    </section>
  );
}
