import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, DomainError, ErrorCode } from '@app/common';

/** Chromium could not make the PDF: not installed, too slow, or it failed. The HTML version still works. */
export class PdfUnavailableError extends DomainError {
  constructor(message: string) {
    // 503: the server cannot do it now, though the request was right; the message says what to install.
    super(ErrorCode.INTERNAL_SERVER_ERROR, message, { status: 503 });
  }
}

/**
 * Turns a document's HTML into PDF with headless Chromium, one at a time: each Chromium takes
 * a few hundred megabytes, so requests queue rather than run side by side. The HTML goes to a
 * temporary folder, Chromium prints it to a file beside it, and the folder is removed however
 * the print ends; a print past the timeout is stopped.
 */
@Injectable()
export class PdfPrinter {
  private readonly logger = new Logger('PdfPrinter');
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly config: AppConfig) {}

  print(html: string): Promise<Buffer> {
    const job = this.queue.then(() => this.printNow(html));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private async printNow(html: string): Promise<Buffer> {
    const folder = await mkdtemp(join(tmpdir(), 'coprod-pdf-'));
    try {
      const source = join(folder, 'document.html');
      const target = join(folder, 'document.pdf');
      await writeFile(source, html, 'utf8');
      await this.chromium([
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        `--user-data-dir=${join(folder, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${target}`,
        pathToFileURL(source).href,
      ]);
      const pdf = await readFile(target).catch(() => null);
      if (!pdf?.subarray(0, 5).equals(Buffer.from('%PDF-')))
        throw new PdfUnavailableError('Chromium ran but wrote no PDF; the HTML version still works.');
      return pdf;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  private chromium(args: string[]): Promise<void> {
    const { chromiumPath, pdfTimeoutSeconds } = this.config.documents;
    return new Promise((resolve, reject) => {
      execFile(
        chromiumPath,
        args,
        { timeout: pdfTimeoutSeconds * 1000, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 },
        (error, _out, stderr) => {
          if (!error) return resolve();
          const failure = error as NodeJS.ErrnoException & { killed?: boolean };
          if (failure.code === 'ENOENT')
            return reject(
              new PdfUnavailableError(
                `PDFs need Chromium, which is not installed here (looked for "${chromiumPath}"). Install the Debian package chromium ` +
                  '(apt-get install chromium) or set CHROMIUM_PATH; the HTML version still works.',
              ),
            );
          if (failure.killed)
            return reject(new PdfUnavailableError(`Chromium took longer than ${pdfTimeoutSeconds} s to make the PDF and was stopped.`));
          this.logger.error(`chromium failed: ${failure.message}\n${String(stderr).slice(-2000)}`);
          reject(new PdfUnavailableError('Chromium could not make the PDF; the HTML version still works.'));
        },
      );
    });
  }
}
