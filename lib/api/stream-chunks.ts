/** A response body that pulls from a synchronous generator of chunks, and stops it when the client goes away. */
export function streamChunks(chunks: Generator<Uint8Array, unknown, undefined>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel() {
      chunks.return(undefined);
    },
  });
}
