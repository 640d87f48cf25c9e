import type { Readable } from 'node:stream';
import { DomainError, ErrorCode } from '@app/common';

export class PayloadTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `The file is larger than the limit of ${limitBytes / (1024 * 1024)} MB: split it into smaller files and import each`,
      {
        limitBytes,
      },
    );
  }
}

/**
 * The stream's chunks up to `limit` bytes; one byte more and it throws, and reads no further.
 * The request stream is left open (not destroyed) so that the refusal can still be sent
 * (`sendJson` then discards a little more and cuts the connection).
 */
export async function* limitBytes(stream: Readable, limit: number, declaredLength?: number): AsyncGenerator<Uint8Array> {
  if (declaredLength !== undefined && declaredLength > limit) throw new PayloadTooLargeError(limit);
  let total = 0;
  for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    total += bytes.length;
    if (total > limit) throw new PayloadTooLargeError(limit);
    yield bytes;
  }
}
