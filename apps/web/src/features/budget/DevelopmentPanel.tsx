import type { OrgUnit } from '../../api/types.ts';
import type { GridDomain } from './row-model.ts';
import type { DevelopmentPatch } from './mutations.ts';
import { formatEuro } from '../../lib/format.ts';

/** Per domain: each development with on/off, start year and owner org unit. */
export function DevelopmentPanel({
  domains,
  years,
  orgUnits,
  onChange,
}: {
  domains: GridDomain[];
  years: number[];
  orgUnits: OrgUnit[];
  onChange: (budgetDevelopmentId: string, developmentId: string, patch: DevelopmentPatch) => void;
}) {
  return (
    <section aria-labelledby="developments-heading" className="app-stack">
      <h2 id="developments-heading" className="utrecht-heading-2">
        Ontwikkelingen
      </h2>
      {domains.map((domain) => (
        <fieldset key={domain.key} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-card">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{domain.name}</legend>
          <ul className="app-dev-list">
            {domain.developments.map((dev) => {
              const idBase = `dev-${dev.id}`;
              return (
                <li key={dev.id}>
                  <div className="utrecht-form-field utrecht-form-field--checkbox">
                    <input
                      id={`${idBase}-enabled`}
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      checked={dev.enabled}
                      onChange={(e) => onChange(dev.id, dev.developmentId, { enabled: e.target.checked })}
                    />{' '}
                    <label htmlFor={`${idBase}-enabled`} className="utrecht-form-label utrecht-form-label--checkbox">
                      {dev.title}
                    </label>
                  </div>
                  <div className="app-row">
                    <label className="utrecht-form-label" htmlFor={`${idBase}-start`}>
                      Startjaar
                    </label>
                    <select
                      id={`${idBase}-start`}
                      className="utrecht-select utrecht-select--html-select"
                      value={dev.startYear ?? ''}
                      onChange={(e) => onChange(dev.id, dev.developmentId, { startYear: e.target.value === '' ? null : Number(e.target.value) })}
                    >
                      <option value="">Eerste jaar ({years[0]})</option>
                      {years.map((y) => (
                        <option key={y} value={y}>
                          {y}
                        </option>
                      ))}
                    </select>
                    <label className="utrecht-form-label" htmlFor={`${idBase}-owner`}>
                      Eigenaar
                    </label>
                    <select
                      id={`${idBase}-owner`}
                      className="utrecht-select utrecht-select--html-select"
                      value={dev.ownerUnitId ?? ''}
                      onChange={(e) => onChange(dev.id, dev.developmentId, { ownerUnitId: e.target.value === '' ? null : e.target.value })}
                    >
                      <option value="">Geen eigenaar</option>
                      {orgUnits.map((u) => (
                        <option key={u.id} value={u.id}>
                          {u.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <p className="utrecht-paragraph utrecht-paragraph--small">Totaal {years[0]}: {formatEuro(dev.total[years[0] ?? 0] ?? 0)}</p>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
