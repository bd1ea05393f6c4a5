import { useEffect, useRef, type ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';
import { Button } from './Button.tsx';
import { Alert } from './Feedback.tsx';

/**
 * Asks before a step that is hard to undo (promote, adopt, new version, delete, archive). A modal
 * <dialog> with a title, what will happen, and two buttons; focus starts on "Annuleren" so Enter
 * never confirms by accident. A server refusal stays inside the dialog beside the buttons.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
  danger = false,
  error,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
  error?: string | null;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) cancelRef.current?.focus();
  }, [open]);
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      <div className="app-stack">
        <div className="app-stack">{children}</div>
        {error ? <Alert type="error">{error}</Alert> : null}
        <div className="app-row">
          <Button appearance={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy} busy={busy}>
            {confirmLabel}
          </Button>
          <Button ref={cancelRef} onClick={onCancel} disabled={busy}>
            Annuleren
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
