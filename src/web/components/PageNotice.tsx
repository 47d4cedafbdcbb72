import type { ReactNode } from 'react';

/** A page that only says something (not found, sign in first) and where to go instead. */
export function PageNotice({
  heading,
  href,
  link,
}: {
  heading: ReactNode;
  href: string;
  link: ReactNode;
}) {
  return (
    <>
      <h1>{heading}</h1>
      <p>
        <a href={href}>{link}</a>
      </p>
    </>
  );
}
