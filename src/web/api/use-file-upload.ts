import { useRef, type SyntheticEvent } from 'react';
import { ApiError } from './api-error.js';
import { useAction } from './use-action.js';

/** The most a file may weigh, and the words that refuse a heavier one before it is sent. */
export interface UploadLimit {
  bytes: number;
  /** The error's message: the file is too large. */
  tooLarge: string;
  /** The detail beside the file's name: what the limit is. */
  limit: string;
}

/**
 * One upload form's state: the file input, its request, and `submit`, which sends the chosen
 * file (nothing chosen: nothing happens) and empties the input once the file is taken, so the
 * same file is not sent twice by mistake.
 */
export function useFileUpload() {
  const input = useRef<HTMLInputElement>(null);
  const action = useAction();
  const submit = (
    event: SyntheticEvent,
    send: (file: File) => Promise<void>,
    limit?: UploadLimit,
  ) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    void action.run(async () => {
      // Refused here rather than by the server, which would cut a large body off midway.
      if (limit && file.size > limit.bytes) {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', limit.tooLarge, [
          { path: file.name, message: limit.limit },
        ]);
      }
      await send(file);
      if (input.current) input.current.value = '';
    });
  };
  return { input, action, submit };
}
