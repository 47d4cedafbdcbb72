import type { ReactNode, SyntheticEvent } from 'react';
import { useAction } from '../api/use-action.js';
import { ErrorMessage } from './Feedback.js';

/**
 * A stacked form whose one submit button runs `onSubmit` against the API: the button is
 * disabled while it runs, and the API's error (each field named) is shown under the form.
 */
export function ActionForm({
  onSubmit,
  submitLabel,
  describedBy,
  labelledBy,
  children,
}: {
  onSubmit: () => Promise<void>;
  submitLabel: ReactNode;
  describedBy?: string;
  /** The heading that names the form (a named form is a landmark screen readers can reach). */
  labelledBy?: string;
  children: ReactNode;
}) {
  const action = useAction();
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void action.run(onSubmit);
  };
  return (
    <>
      <form
        className="stacked"
        onSubmit={submit}
        aria-describedby={describedBy}
        aria-labelledby={labelledBy}
      >
        {children}
        <button type="submit" disabled={action.busy}>
          {submitLabel}
        </button>
      </form>
      {action.error && <ErrorMessage error={action.error} />}
    </>
  );
}
