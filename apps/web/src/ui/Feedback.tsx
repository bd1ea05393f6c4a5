import type { ReactNode } from 'react';
import type { Provenance } from '@app/engine';
import { PROVENANCE_LABELS } from '@app/schemas';

export function Alert({
  type = 'info',
  children,
}: {
  type?: 'info' | 'ok' | 'warning' | 'error';
  children: ReactNode;
}) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="utrecht-paragraph" role="status">
      {what} laden…
    </p>
  );
}

export function Badge({
  children,
  tone = 'neutral',
}: {
  children: ReactNode;
  tone?: 'neutral' | 'warning' | 'info' | 'ok';
}) {
  return <span className={`utrecht-badge-status app-badge app-badge--${tone}`}>{children}</span>;
}

const provenanceTone: Record<Provenance, 'neutral' | 'warning' | 'info' | 'ok'> = {
  published: 'ok',
  'published-incomplete': 'warning',
  secondhand: 'info',
  example: 'warning',
  imported: 'neutral',
  custom: 'info',
};

/** Herkomst of a line: never let an example line pass for a Modelgemeente figure. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  return <Badge tone={provenanceTone[provenance]}>{PROVENANCE_LABELS[provenance]}</Badge>;
}
