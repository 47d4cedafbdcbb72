import type { Ref } from 'react';

/**
 * A label and its file input, one file and required: the form reads the file through
 * `inputRef` when it is sent (see useFileUpload), so the input holds no state of its own.
 */
export function FileInput({
  id,
  label,
  accept,
  inputRef,
  describedBy,
}: {
  id: string;
  label: string;
  /** The kinds the picker offers (endings and media types). */
  accept: string;
  inputRef: Ref<HTMLInputElement>;
  /** The id of a note about the file (its size limit). */
  describedBy?: string;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        type="file"
        accept={accept}
        ref={inputRef}
        aria-describedby={describedBy}
        required
      />
    </>
  );
}
