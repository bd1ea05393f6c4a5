import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button.tsx';

/** Modal dialog on the native <dialog>: focus trap, Escape and focus return come from the browser. */
export function Dialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog ref={ref} className="app-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      {open ? (
        <>
          <div className="app-dialog__header">
            <h2 className="utrecht-heading-2" id={titleId}>
              {title}
            </h2>
            <Button appearance="subtle" onClick={onClose}>
              Sluiten
            </Button>
          </div>
          <div className="app-dialog__body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
