import type { ReactNode } from 'react';

/** A value with a small note under it (the basis of a cap, an amount's remark), if any. */
export function Noted({ value, note }: { value: ReactNode; note: ReactNode }) {
  return (
    <>
      {value}
      {note !== null && note !== undefined && note !== '' && (
        <>
          <br />
          <small>{note}</small>
        </>
      )}
    </>
  );
}
