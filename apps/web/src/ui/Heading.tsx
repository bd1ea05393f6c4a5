import type { HTMLAttributes } from 'react';

export function Heading({ level, className, ...rest }: HTMLAttributes<HTMLHeadingElement> & { level: 1 | 2 | 3 | 4 }) {
  const Tag = `h${level}` as const;
  return <Tag className={`utrecht-heading-${level} ${className ?? ''}`} {...rest} />;
}

export function Paragraph({ lead, className, ...rest }: HTMLAttributes<HTMLParagraphElement> & { lead?: boolean }) {
  return <p className={`utrecht-paragraph ${lead ? 'utrecht-paragraph--lead' : ''} ${className ?? ''}`} {...rest} />;
}
