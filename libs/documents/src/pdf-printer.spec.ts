import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '@app/common';
import { PdfPrinter, PdfUnavailableError } from './pdf-printer';

const printerWith = (chromiumPath: string, pdfTimeoutSeconds = 30) =>
  new PdfPrinter({ documents: { chromiumPath, pdfTimeoutSeconds } } as AppConfig);

/** The temporary folders the printer has left behind (none, once each print has ended). */
async function leftovers(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('coprod-pdf-'));
}

describe('PdfPrinter', () => {
  let scripts: string;
  const sharedTmp = process.env.TMPDIR;
  beforeAll(async () => {
    scripts = await mkdtemp(join(tmpdir(), 'printer-spec-'));
    // This file's prints get a temporary folder of their own (os.tmpdir() reads TMPDIR each time), so
    // what other test files print at the same moment is not counted as left behind.
    process.env.TMPDIR = await mkdtemp(join(scripts, 'tmp-'));
  });
  afterAll(async () => {
    process.env.TMPDIR = sharedTmp;
    if (sharedTmp === undefined) delete process.env.TMPDIR;
    await rm(scripts, { recursive: true, force: true });
  });

  it('names the Debian package when Chromium is not installed, and leaves nothing behind', async () => {
    const before = await leftovers();
    const refusal = printerWith(join(scripts, 'no-such-chromium')).print('<p>x</p>');
    await expect(refusal).rejects.toBeInstanceOf(PdfUnavailableError);
    await expect(refusal).rejects.toThrow(/Debian package chromium/);
    expect(await leftovers()).toEqual(before);
  });

  it('stops a print past the timeout', async () => {
    const slow = join(scripts, 'slow-chromium');
    await writeFile(slow, '#!/bin/sh\nsleep 20\n');
    await chmod(slow, 0o755);
    const started = Date.now();
    await expect(printerWith(slow, 1).print('<p>x</p>')).rejects.toThrow('took longer than 1 s');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('runs one Chromium at a time, and says so when it writes no PDF', async () => {
    const log = join(scripts, 'runs.log');
    const broken = join(scripts, 'broken-chromium');
    await writeFile(broken, `#!/bin/sh\necho start >> ${log}\nsleep 0.2\necho end >> ${log}\n`);
    await chmod(broken, 0o755);
    const printer = printerWith(broken);
    const results = await Promise.allSettled([printer.print('<p>1</p>'), printer.print('<p>2</p>'), printer.print('<p>3</p>')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason).toBeInstanceOf(PdfUnavailableError);
    expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
  });

  (existsSync('/usr/bin/chromium') ? it : it.skip)('prints two documents one after the other with Debian’s Chromium', async () => {
    const before = await leftovers();
    const printer = printerWith('/usr/bin/chromium');
    const pdfs = await Promise.all([printer.print('<h1>One</h1>'), printer.print('<h1>Two</h1>')]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Nothing of these two prints is left (an earlier test's folder may still be going as this one starts).
    expect((await leftovers()).filter((name) => !before.includes(name))).toEqual([]);
  });
});
