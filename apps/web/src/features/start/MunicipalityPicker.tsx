import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { municipalityQueries } from '../../api/queries.ts';
import type { Municipality } from '../../api/types.ts';
import { Combobox } from '../../ui/Combobox.tsx';
import { countText } from '../../lib/format.ts';
import { useDebounced } from '../../lib/use-debounced.ts';

/** Type-ahead over the CBS list by name or GM code. */
export function MunicipalityPicker({
  onSelect,
  initialText = '',
}: {
  onSelect: (m: Municipality) => void;
  initialText?: string;
}) {
  const [text, setText] = useState(initialText);
  const query = useDebounced(text.trim(), 150);
  const { data, isFetching } = useQuery({ ...municipalityQueries.search(query), enabled: query.length > 0 });
  return (
    <Combobox<Municipality>
      label="Gemeente"
      description="Typ de naam of de CBS-code (bijvoorbeeld GM0310) en kies met de pijltjestoetsen en Enter."
      inputValue={text}
      onInputChange={setText}
      items={query.length > 0 ? (data ?? []) : []}
      busy={isFetching}
      itemKey={(m) => m.cbsCode}
      itemText={(m) => m.name}
      renderItem={(m) => (
        <>
          <strong>{m.name}</strong>{' '}
          <span>
            ({m.cbsCode}, {m.province}, {countText(m.inhabitants, 'inwoner', 'inwoners')})
          </span>
        </>
      )}
      onSelect={onSelect}
      emptyText="Geen gemeente gevonden"
    />
  );
}
