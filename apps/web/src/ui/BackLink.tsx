import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** "← …" above a page's heading: the way back to the page it was opened from. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link" to={to}>
        ← {children}
      </Link>
    </p>
  );
}
