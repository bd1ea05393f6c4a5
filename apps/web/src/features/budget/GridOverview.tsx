import { useId, useState } from 'react';
import type { GridDomain } from './row-model.ts';
import { Button } from '../../ui/Button.tsx';

export interface GridOverviewProps {
  /** Domains after the domain filter (the jump list offers these developments). */
  domains: GridDomain[];
  filter: string;
  onFilter: (text: string) => void;
  shownLines: number;
  totalLines: number;
  onJump: (budgetDevelopmentId: string) => void;
  onCollapseAll: () => void;
  onExpandAll: () => void;
}

/** Finding your way in a long budget: filter, jump to a development, collapse or expand all. */
export function GridOverview({
  domains,
  filter,
  onFilter,
  shownLines,
  totalLines,
  onJump,
  onCollapseAll,
  onExpandAll,
}: GridOverviewProps) {
  const id = useId();
  const [target, setTarget] = useState('');
  const first = domains[0]?.developments[0]?.id ?? '';
  const chosen = domains.some((d) => d.developments.some((dev) => dev.id === target)) ? target : first;
  return (
    <div className="app-grid-overview" role="group" aria-label="Overzicht van de begrotingsregels">
      <div className="app-grid-overview__field">
        <label className="utrecht-form-label" htmlFor={`${id}-filter`}>
          Filter op ontwikkeling of regel
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={filter}
          maxLength={100}
          autoComplete="off"
          onChange={(e) => onFilter(e.target.value)}
        />
      </div>
      <form
        className="app-grid-overview__field"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) onJump(chosen);
        }}
      >
        <label className="utrecht-form-label" htmlFor={`${id}-jump`}>
          Ga naar ontwikkeling
        </label>
        <div className="app-row">
          <select
            id={`${id}-jump`}
            className="utrecht-select utrecht-select--html-select app-select-compact"
            value={chosen}
            onChange={(e) => setTarget(e.target.value)}
          >
            {domains.map((d) => (
              <optgroup key={d.key} label={d.name}>
                {d.developments.map((dev) => (
                  <option key={dev.id} value={dev.id}>
                    {dev.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <Button type="submit" disabled={!chosen}>
            Ga naar
          </Button>
        </div>
      </form>
      <div className="app-row app-grid-overview__actions">
        <Button onClick={onCollapseAll}>Alles inklappen</Button>
        <Button onClick={onExpandAll}>Alles uitklappen</Button>
      </div>
      <p
        className="utrecht-paragraph utrecht-paragraph--small app-grid-overview__count"
        role="status"
        data-testid="grid-count"
      >
        {shownLines === totalLines ? `${totalLines} regels` : `${shownLines} van ${totalLines} regels getoond`}
      </p>
    </div>
  );
}
