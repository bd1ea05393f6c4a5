import type { FormEvent } from 'react';
import { Button } from './Button.tsx';
import { TextField } from './Field.tsx';

interface Props {
  label: string;
  /** The input's accept list (extensions and MIME types). */
  accept: string;
  error: string | null;
  busy: boolean;
  submitLabel: string;
  onFileChange: (file: File | null) => void;
  onSubmit: (event: FormEvent) => void;
}

/** A file input with its submit button on one row, as the upload screens use it. */
export function FileUploadForm({ label, accept, error, busy, submitLabel, onFileChange, onSubmit }: Props) {
  return (
    <form onSubmit={onSubmit} className="app-row" noValidate>
      <TextField
        label={label}
        type="file"
        accept={accept}
        error={error}
        onChange={(e) => onFileChange(e.target.files?.[0] ?? null)}
      />
      <Button type="submit" appearance="primary" disabled={busy} busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
