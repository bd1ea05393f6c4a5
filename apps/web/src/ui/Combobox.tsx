import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FieldShell } from './Field.tsx';

interface ComboboxProps<T> {
  label: ReactNode;
  description?: ReactNode;
  inputValue: string;
  onInputChange: (value: string) => void;
  items: T[];
  itemKey: (item: T) => string;
  itemText: (item: T) => string;
  renderItem?: (item: T) => ReactNode;
  onSelect: (item: T) => void;
  /** Shown in the popup when the search has no results. */
  emptyText?: string;
  busy?: boolean;
}

/**
 * Editable combobox with list autocomplete (WAI-ARIA 1.2 pattern): focus stays in the input,
 * arrow keys move the active option (aria-activedescendant), Enter picks it, Escape closes.
 */
export function Combobox<T>({
  label,
  description,
  inputValue,
  onInputChange,
  items,
  itemKey,
  itemText,
  renderItem,
  onSelect,
  emptyText = 'Geen resultaten',
  busy,
}: ComboboxProps<T>) {
  const id = useId();
  const listId = `${id}-listbox`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && inputValue.trim().length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (item: T) => {
    onSelect(item);
    onInputChange(itemText(item));
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((a) => (items.length === 0 ? -1 : (a + 1) % items.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((a) => (items.length === 0 ? -1 : a <= 0 ? items.length - 1 : a - 1));
        break;
      case 'Enter': {
        const item = expanded && active >= 0 ? items[active] : undefined;
        if (item !== undefined) {
          event.preventDefault();
          choose(item);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else {
          onInputChange('');
        }
        break;
      default:
        break;
    }
  };

  return (
    <FieldShell
      label={label}
      description={description}
      className="app-combobox"
      inputClassName="utrecht-combobox"
      after={
        <div className="app-visually-hidden" role="status" aria-live="polite">
          {expanded ? (items.length === 1 ? '1 suggestie' : `${items.length} suggesties`) : ''}
        </div>
      }
    >
      {({ inputId, describedBy }) => (
        <>
          <input
            id={inputId}
            type="text"
            role="combobox"
            className="utrecht-textbox utrecht-textbox--html-input"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={describedBy}
            autoComplete="off"
            value={inputValue}
            onChange={(e) => {
              onInputChange(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            onFocus={() => setOpen(true)}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label="Suggesties"
            className={`utrecht-listbox__list app-combobox__popup ${expanded ? '' : 'app-hidden'}`}
          >
            {expanded && items.length === 0 ? (
              <li
                role="option"
                aria-selected={false}
                aria-disabled="true"
                className="utrecht-listbox__option utrecht-listbox__option--disabled"
                id={`${id}-empty`}
              >
                {busy ? 'Zoeken…' : emptyText}
              </li>
            ) : null}
            {expanded
              ? items.map((item, index) => (
                  <li
                    key={itemKey(item)}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    className={`utrecht-listbox__option utrecht-listbox__option--html-li ${index === active ? 'utrecht-listbox__option--active app-option--active' : ''}`}
                    // mousedown, not click: the input's blur would close the list before a click lands.
                    onMouseDown={(e) => {
                      e.preventDefault();
                      choose(item);
                    }}
                  >
                    {renderItem ? renderItem(item) : itemText(item)}
                  </li>
                ))
              : null}
          </ul>
        </>
      )}
    </FieldShell>
  );
}
