/** The request body as an import source, counted as it streams so an oversized body stops early. */

export class PayloadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`body larger than ${limit} bytes`);
  }
}

export async function* limitedBody(body: ReadableStream<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
      if (total > limit) throw new PayloadTooLargeError(limit);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
