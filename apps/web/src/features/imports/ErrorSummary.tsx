import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * Error summary (GOV.UK/NL Design System pattern): a heading, the general message and one item per
 * problem; it takes focus when it appears so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({
  title,
  message,
  items = [],
  children,
}: {
  title: string;
  message?: string;
  items?: { key: string; content: ReactNode }[];
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      className="utrecht-alert utrecht-alert--error app-stack"
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      data-testid="error-summary"
    >
      <div className="utrecht-alert__content">
        <h3 id={titleId} className="utrecht-heading-3">
          {title}
        </h3>
        {message ? <p className="utrecht-paragraph">{message}</p> : null}
        {items.length > 0 ? (
          <ul className="utrecht-unordered-list">
            {items.map((item) => (
              <li key={item.key} className="utrecht-unordered-list__item">
                {item.content}
              </li>
            ))}
          </ul>
        ) : null}
        {children}
      </div>
    </div>
  );
}
