import type { AssumptionSourcePart } from '@app/schemas';
import { Badge } from '../../ui/Feedback.tsx';
import { formatDate, formatPercent } from '../../lib/format.ts';

/**
 * The sourced parts a derived default is built from (the employer-cost percentage: IKB, ABP
 * pension, social charges), so the total can be checked part by part.
 */
export function SourceParts({
  parts,
  total,
  heading,
}: {
  parts: AssumptionSourcePart[] | undefined;
  total: number;
  heading?: string;
}) {
  if (!parts || parts.length === 0) return null;
  const sum = parts.reduce((acc, p) => acc + p.pct, 0);
  return (
    <div className="app-stack" data-testid="source-parts">
      <p className="utrecht-paragraph utrecht-paragraph--small">
        {heading ?? 'Opbouw van de standaardwaarde'}:{' '}
        {parts.map((p) => `${p.label} ${formatPercent(p.pct, 2)}`).join(' + ')} = {formatPercent(sum, 2)}
        {Math.abs(sum - total) > 0.005 ? ` (standaard ${formatPercent(total, 2)})` : ''}.
      </p>
      <ul className="utrecht-unordered-list utrecht-paragraph--small">
        {parts.map((p) => (
          <li key={p.key} className="utrecht-unordered-list__item">
            <strong>
              {p.label} {formatPercent(p.pct, 2)}
            </strong>
            {p.estimate ? (
              <>
                {' '}
                <Badge tone="warning">Schatting</Badge>
              </>
            ) : null}
            : {p.source}
            {p.date ? ` (${formatDate(p.date)})` : ''}
            {p.sourceUrl ? (
              <>
                {' '}
                <a className="utrecht-link" href={p.sourceUrl} rel="noreferrer">
                  bron
                </a>
              </>
            ) : null}
            {p.note ? `. ${p.note}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
