import type { ReactNode, SyntheticEvent } from 'react';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';

/**
 * One of the committee's small forms: a headed section, its fields, one submit button (off
 * while the call runs) and the API's error naming the field to fix. `submit` resolves when
 * saved; the form then calls `onDone` (to reload) and `reset` (to clear its fields).
 */
export function FormSection({
  id,
  heading,
  submitLabel,
  submit,
  onDone,
  children,
}: {
  id: string;
  heading: string;
  submitLabel: string;
  submit: () => Promise<unknown>;
  onDone: () => void;
  children: ReactNode;
}) {
  const action = useAction();
  const send = (event: SyntheticEvent) => {
    event.preventDefault();
    void action
      .run(async () => {
        await submit();
        return true;
      })
      .then((saved) => {
        if (saved) onDone();
      });
  };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <form className="stacked" onSubmit={send} aria-labelledby={id}>
        {children}
        <button type="submit" disabled={action.busy}>
          {submitLabel}
        </button>
      </form>
      {action.error && <ErrorMessage error={action.error} />}
    </section>
  );
}
