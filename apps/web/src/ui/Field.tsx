import {
  useId,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import type { SchemaLimits } from '@app/schemas';
import { problemFor, type FormProblem } from '../lib/form-errors.ts';

interface FieldShellProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
  className?: string;
  /** Extra class of the control's wrapper (the combobox's popup is positioned against it). */
  inputClassName?: string;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  /** Rendered after the control's wrapper, inside the field (a live region). */
  after?: ReactNode;
}

/** Label, description and error wired to one control, in Utrecht form-field markup. */
export function FieldShell({ label, description, error, className, inputClassName, children, after }: FieldShellProps) {
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
      <div className={inputClassName ? `utrecht-form-field__input ${inputClassName}` : 'utrecht-form-field__input'}>
        {children({ inputId, describedBy, invalid: Boolean(error) })}
      </div>
      {after}
    </div>
  );
}

/**
 * The `maxLength`, `min` and `max` attributes for the API's own limits (`limitsOf(schema)` from
 * @app/schemas), so a field cannot accept more than the API does. The minimum length is left to the
 * form's own check: the forms validate on submit and say what is missing beside the field.
 */
function limitAttributes(limits: SchemaLimits | undefined) {
  if (!limits) return {};
  return {
    ...(limits.maxLength !== null ? { maxLength: limits.maxLength } : {}),
    ...(limits.min !== null ? { min: limits.min } : {}),
    ...(limits.max !== null ? { max: limits.max } : {}),
  };
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
  fieldClassName?: string;
  /** The API's limits for this value; attributes given explicitly win. */
  limits?: SchemaLimits;
};

/** A text input with its label, description and error (announced through `aria-describedby`). */
export function TextField({ label, description, error, fieldClassName, className, limits, ...input }: TextFieldProps) {
  return (
    <FieldShell label={label} description={description} error={error} className={fieldClassName}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`utrecht-textbox utrecht-textbox--html-input ${invalid ? 'utrecht-textbox--invalid' : ''} ${className ?? ''}`}
          {...limitAttributes(limits)}
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
  /** The API's limits for this text (its maximum length); an explicit `maxLength` wins. */
  limits?: SchemaLimits;
};

export function TextAreaField({ label, description, error, className, limits, ...input }: TextAreaFieldProps) {
  return (
    <FieldShell label={label} description={description} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`utrecht-textarea utrecht-textbox utrecht-textbox--html-input ${className ?? ''}`}
          rows={2}
          {...(limits?.maxLength != null ? { maxLength: limits.maxLength } : {})}
          {...input}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
} & (
    | { options: { value: string; label: string }[]; children?: never }
    /** Options written out by the caller (option groups, a leading empty choice). */
    | { options?: never; children: ReactNode }
  );

export function SelectField({ label, description, error, options, children, className, ...select }: SelectFieldProps) {
  return (
    <FieldShell label={label} description={description} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`utrecht-select utrecht-select--html-select ${className ?? ''}`}
          {...select}
        >
          {options
            ? options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))
            : children}
        </select>
      )}
    </FieldShell>
  );
}

/**
 * Binds fields to one key each of a form's state: its value, a change handler and the error the
 * form or the API gave for its path (`problems`). Spread the result on a TextField, TextAreaField
 * or SelectField: `<TextField label="Naam" {...field('label')} />`; the API path defaults to the key.
 */
export interface FieldBinding {
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
  error: string | null;
}

export function fieldBinder<State extends object>(
  state: State,
  setField: (key: keyof State & string, value: string) => void,
  problems: FormProblem[],
) {
  return (
    key: { [K in keyof State & string]: State[K] extends string ? K : never }[keyof State & string],
    path?: string,
  ): FieldBinding => ({
    value: state[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setField(key, e.target.value),
    error: problemFor(problems, path ?? key),
  });
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
