import { type ReactNode, useEffect, useId, useRef } from 'react';
import { t } from '../i18n/i18n';
import { Button } from './Button';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus inside, Escape closes it,
 * and focus goes back to what opened it. Mark the control that should take focus first with
 * `data-autofocus`.
 */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal?.();
      // React's autoFocus runs before the dialog is shown, when nothing in it can take focus: a
      // control marked data-autofocus gets it now (else the browser picks the first, the close button).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) {
      dialog.close?.();
      // Back to what opened it, if it is still there (browsers differ on doing this themselves).
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
      opener.current = null;
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Escape closes it here too, so it closes the same way wherever `cancel` is not fired.
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {open && (
        <>
          <div className="dialog__header">
            <h2 id={titleId}>{title}</h2>
            <Button variant="link" onClick={onClose} aria-label={t('common.close')}>
              ×
            </Button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
