import type { ButtonHTMLAttributes, ComponentPropsWithRef } from 'react';

type Appearance = 'primary' | 'secondary' | 'subtle' | 'danger';

const appearanceClass: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--secondary-action utrecht-button--danger',
};

// React 19 passes ref as a plain prop, so callers can focus a button (e.g. after a dialog opens).
export function Button({
  appearance = 'secondary',
  className,
  type = 'button',
  busy,
  ...rest
}: ComponentPropsWithRef<'button'> & { appearance?: Appearance; busy?: boolean }) {
  const classes = [
    'utrecht-button',
    'utrecht-button--html-button',
    appearanceClass[appearance],
    busy ? 'utrecht-button--busy' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} aria-busy={busy || undefined} {...rest} />;
}

/** A button that reads like a link (for "hoe berekend" and similar inline actions). */
export function LinkButton({ className, type = 'button', ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type={type}
      className={`utrecht-link-button utrecht-link-button--html-button utrecht-link-button--inline ${className ?? ''}`}
      {...rest}
    />
  );
}
