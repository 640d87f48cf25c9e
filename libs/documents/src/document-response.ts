import type { FastifyReply } from 'fastify';

/**
 * A document as HTML: no script may run in it (it needs none to print), nothing is cached (it
 * names people), and the browser takes it as HTML only.
 */
export function sendHtml(reply: FastifyReply, html: string): void {
  void reply
    .code(200)
    .headers({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
    .send(html);
}

/** A document as PDF, under a file name for saving. */
export function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string): void {
  void reply
    .code(200)
    .headers({
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${fileName}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    })
    .send(pdf);
}
