import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button.tsx';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { apiProblems, problemFor, type FormProblem } from '../../lib/form-errors.ts';
import { FormErrors } from './FormErrors.tsx';
import { useEditVersionMeta } from './mutations.ts';

/**
 * Name and note of an existing salary table or rate card: the only things that may change, because
 * budgets may compute with its amounts. New amounts are a new version.
 */
export function EditVersionMeta({
  kind,
  id,
  label,
  note,
}: {
  kind: 'salary-tables' | 'rate-cards';
  id: string;
  label: string;
  note: string | null;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(label);
  const [text, setText] = useState(note ?? '');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const save = useEditVersionMeta(kind, id);
  const what = kind === 'salary-tables' ? 'salaristabel' : 'tariefkaart';
  if (!open) {
    return (
      <Button appearance="subtle" onClick={() => setOpen(true)} aria-label={`Naam of toelichting wijzigen: ${label}`}>
        Naam of toelichting wijzigen
      </Button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblems([{ field: 'label', message: 'vul een naam in' }]);
    save.mutate(
      { label: name.trim(), note: text.trim() || null },
      {
        onSuccess: () => {
          setOpen(false);
          setProblems([]);
        },
        onError: (error) => setProblems(apiProblems(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="app-stack" aria-label={`Naam of toelichting wijzigen: ${label}`}>
      <FormErrors problems={problems} labels={{ label: 'Naam', note: 'Toelichting', form: '' }} />
      <p className="utrecht-paragraph">
        De bedragen van deze {what} blijven gelijk; voor nieuwe bedragen voegt u een nieuwe versie toe.
      </p>
      <TextField
        label="Naam"
        size={40}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={problemFor(problems, 'label')}
      />
      <TextAreaField
        label="Toelichting"
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={problemFor(problems, 'note')}
      />
      <div className="app-row">
        <Button appearance="primary" type="submit" busy={save.isPending} disabled={save.isPending}>
          Opslaan
        </Button>
        <Button onClick={() => setOpen(false)}>Annuleren</Button>
      </div>
    </form>
  );
}
