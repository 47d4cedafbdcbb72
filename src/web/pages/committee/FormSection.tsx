import type { ReactNode } from 'react';
import { ActionForm } from '../../components/ActionForm.js';
import { Section } from '../../components/Section.js';

/**
 * One of the committee's small forms: a section named by its heading, and a form named by the
 * same heading that runs `submit` and, once saved, `clear` (empties the fields that take a new
 * entry) and `onDone` (reloads).
 */
export function FormSection({
  id,
  heading,
  submitLabel,
  submit,
  clear,
  onDone,
  children,
}: {
  id: string;
  heading: string;
  submitLabel: string;
  submit: () => Promise<unknown>;
  clear?: () => void;
  onDone: () => void;
  children: ReactNode;
}) {
  return (
    <Section id={id} heading={heading}>
      <ActionForm
        labelledBy={`${id}-heading`}
        submitLabel={submitLabel}
        onSubmit={async () => {
          await submit();
          clear?.();
          onDone();
        }}
      >
        {children}
      </ActionForm>
    </Section>
  );
}
