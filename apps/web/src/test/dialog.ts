import { beforeAll } from 'vitest';

/**
 * jsdom has <dialog> but not showModal() or close(): these do what the browser's do to the
 * element (the open attribute, and the close event). Call it at the top of a test file.
 */
export function withDialogs(): void {
  beforeAll(() => {
    const dialog = HTMLDialogElement.prototype as Partial<HTMLDialogElement> & HTMLElement;
    dialog.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    dialog.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  });
}
