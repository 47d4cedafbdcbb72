import type { ReactNode } from 'react';

/** The link back up, above a page's heading: `← 永續發展指標`. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <a href={href}>← {children}</a>
    </p>
  );
}
