import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * Each printed page of a PDF as a PNG, drawn by pdf.js (pdfjs-dist's browser build) on a canvas
 * in headless Chromium: there is no canvas for Node here. A small HTTP server on loopback, alive
 * only while the pages are drawn, serves pdf.js, its worker and font data, and the PDF itself.
 */
const PDFJS = path.resolve('node_modules/pdfjs-dist');
const TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** The page pdf.js is drawn in: one canvas per PDF page, each in its own figure, numbered from 1. */
const VIEWER = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #888; } canvas { display: block; margin: 0 0 8px; background: #fff; }
</style></head><body><script type="module">
import * as pdfjs from '/pdfjs/build/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
window.drawPages = async (scale) => {
  const pdf = await pdfjs.getDocument({
    url: '/document.pdf',
    standardFontDataUrl: '/pdfjs/standard_fonts/',
    cMapUrl: '/pdfjs/cmaps/',
    wasmUrl: '/pdfjs/wasm/',
  }).promise;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.id = 'page-' + n;
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    document.body.append(canvas);
    await page.render({ canvas, viewport }).promise;
  }
  return pdf.numPages;
};
window.ready = true;
</script></body></html>`;

/** Serves the viewer, the PDF and pdfjs-dist's files (nothing outside that folder) on a free loopback port. */
async function serve(pdf: Uint8Array): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, body: Uint8Array | string, type = 'text/plain') => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (pathname === '/') return send(200, VIEWER, TYPES['.html']);
    if (pathname === '/document.pdf') return send(200, pdf, TYPES['.pdf']);
    const file = path.resolve(PDFJS, '.' + decodeURIComponent(pathname.replace(/^\/pdfjs/, '')));
    if (!pathname.startsWith('/pdfjs/') || !file.startsWith(PDFJS + path.sep)) return send(404, 'not found');
    readFile(file).then(
      (bytes) => send(200, bytes, TYPES[path.extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Draws every page of `pdf` at `scale` (1 is 72 dpi: an A4 page at 1.5 is 893 by 1263 pixels) and
 * writes each to `${prefix}-page-<n>.png`; answers the files in page order. Fails on any error
 * the page reports, so a PDF pdf.js cannot read never passes as zero pages.
 */
export async function pdfPagesToPng(browser: Browser, pdf: Uint8Array, prefix: string, scale = 1.5): Promise<string[]> {
  const { server, url } = await serve(pdf);
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as unknown as { ready?: boolean }).ready === true);
    const count = await page.evaluate((s) => (globalThis as unknown as { drawPages(scale: number): Promise<number> }).drawPages(s), scale);
    const files: string[] = [];
    for (let n = 1; n <= count; n++) {
      const file = `${prefix}-page-${n}.png`;
      await page.locator(`#page-${n}`).screenshot({ path: file });
      files.push(file);
    }
    if (errors.length) throw new Error(`pdf.js in Chromium: ${errors.join('; ')}`);
    return files;
  } finally {
    await page.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
