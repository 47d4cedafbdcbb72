import type { ReactNode } from 'react';

/**
 * A section of a page named by its heading (`{id}-heading`, which screen readers announce as
 * the section's name), with an optional note under the heading.
 */
export function Section({
  id,
  heading,
  note,
  className,
  testId,
  children,
}: {
  id: string;
  heading: ReactNode;
  note?: ReactNode;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className} data-testid={testId}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {note !== undefined && <p className="figure-note">{note}</p>}
      {children}
    </section>
  );
}
