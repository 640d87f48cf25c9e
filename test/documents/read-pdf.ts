/** pdf.js expects Node 22's Promise.withResolvers; Node 20 (package.json's engines) lacks it. */
function withResolvers<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Pages and text of a PDF, read with pdf.js (its Node build: no canvas needed for text). */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string[] }> {
  const promises = Promise as unknown as { withResolvers?: typeof withResolvers };
  promises.withResolvers ??= withResolvers;
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = getDocument({ data: bytes, useSystemFonts: false });
  const pdf = await loading.promise;
  const text: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await loading.destroy();
  return { pages: text.length, text };
}
