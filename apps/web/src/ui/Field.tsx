import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldShellProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
  className?: string;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, description and error wired to one control, in Utrecht form-field markup. */
export function FieldShell({ label, description, error, className, children }: FieldShellProps) {
  const inputId = useId();
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''} ${className ?? ''}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={inputId}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children({ inputId, describedBy, invalid: Boolean(error) })}</div>
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
  fieldClassName?: string;
};

export function TextField({ label, description, error, fieldClassName, className, ...input }: TextFieldProps) {
  return (
    <FieldShell label={label} description={description} error={error} className={fieldClassName}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`utrecht-textbox utrecht-textbox--html-input ${invalid ? 'utrecht-textbox--invalid' : ''} ${className ?? ''}`}
          {...input}
        />
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
};

export function TextAreaField({ label, description, error, className, ...input }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} description={description} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`utrecht-textarea utrecht-textbox utrecht-textbox--html-input ${className ?? ''}`}
          rows={2}
          {...input}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode;
  description?: ReactNode;
  options: { value: string; label: string }[];
};

export function SelectField({ label, description, options, className, ...select }: SelectFieldProps) {
  return (
    <FieldShell label={label} description={description}>
      {({ inputId, describedBy }) => (
        <select
          id={inputId}
          aria-describedby={describedBy}
          className={`utrecht-select utrecht-select--html-select ${className ?? ''}`}
          {...select}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function Checkbox({
  label,
  className,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: ReactNode }) {
  const id = useId();
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox ${className ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-form-field__input"
        {...input}
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox utrecht-form-field__label">
        {label}
      </label>
    </div>
  );
}
