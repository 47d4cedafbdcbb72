import type { ReactNode } from 'react';
import { ActionForm } from '../../components/ActionForm.js';
import { Section } from '../../components/Section.js';

/**
 * One of the committee's small forms: a section named by its heading, and a form named by the
 * same heading that runs `submit` and, once saved, `onDone` (to reload and clear its fields).
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
  return (
    <Section id={id} heading={heading}>
      <ActionForm
        labelledBy={`${id}-heading`}
        submitLabel={submitLabel}
        onSubmit={async () => {
          await submit();
          onDone();
        }}
      >
        {children}
      </ActionForm>
    </Section>
  );
}
