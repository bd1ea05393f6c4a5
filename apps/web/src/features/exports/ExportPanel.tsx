import { useId, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Button } from '../../ui/Button.tsx';
import { downloadExport, formatKilobytes, saveFile, type DownloadedFile, type ExportFormat } from './download.ts';

const EXPORT_FORMATS: { format: ExportFormat; label: string; explanation: string }[] = [
  {
    format: 'xlsx',
    label: 'Excel (.xlsx)',
    explanation:
      'Een werkmap met live formules: pas een gele invoercel aan (bijvoorbeeld het aantal inwoners) en alle regels en totalen rekenen mee; met een samenvatting, een blad per domein, alle regels, de uitgangspunten en de toelichting op aanpassingen.',
  },
  {
    format: 'pdf',
    label: 'PDF-rapport',
    explanation:
      'Een leesbaar A4-rapport om te bespreken en vast te stellen: samenvatting met grafieken, elk domein met zijn regels, de uitgangspunten met bronnen en de toelichting op elke aanpassing.',
  },
  {
    format: 'csv',
    label: 'CSV',
    explanation:
      'De platte regeltabel met een bedrag per jaar, zo opgemaakt dat Nederlandse Excel haar met een dubbelklik goed opent (puntkomma als scheidingsteken, decimale komma).',
  },
  {
    format: 'totalen.csv',
    label: 'CSV totalen per herkomst',
    explanation:
      'Elk totaal (incidenteel, structureel, kapitaallasten, exploitatie, investeringen) per jaar, en daaronder per herkomst: gepubliceerd, onvolledig gepubliceerd, uit tweede hand, voorbeeld, geïmporteerd en eigen regels.',
  },
  {
    format: 'json',
    label: 'JSON',
    explanation:
      'De exacte invoer en uitkomst van de berekening (bedragen in centen), voor koppelingen met andere systemen en voor controle.',
  },
];

type State =
  | { kind: 'idle' }
  | { kind: 'running'; format: ExportFormat; bytes: number }
  | { kind: 'done'; fileName: string; bytes: number }
  | { kind: 'error'; format: ExportFormat; message: string };

export interface ExportPanelProps {
  budgetId: string;
  /** Injected in tests; by default the real download and the browser's save. */
  download?: typeof downloadExport;
  save?: (file: DownloadedFile) => void;
}

/** Buttons that download the budget (or scenario) in each format, with visible progress. */
export function ExportPanel({ budgetId, download = downloadExport, save = saveFile }: ExportPanelProps) {
  const headingId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = state.kind === 'running';

  const start = async (format: ExportFormat) => {
    setState({ kind: 'running', format, bytes: 0 });
    try {
      const file = await download(budgetId, format, (bytes) => setState({ kind: 'running', format, bytes }));
      save(file);
      setState({ kind: 'done', fileName: file.fileName, bytes: file.blob.size });
    } catch (error) {
      setState({ kind: 'error', format, message: errorMessage(error) });
    }
  };

  const labelOf = (format: ExportFormat) => EXPORT_FORMATS.find((f) => f.format === format)?.label ?? format;

  return (
    <section aria-labelledby={headingId} aria-busy={running} className="app-card app-stack" data-testid="export-panel">
      <h2 id={headingId} className="utrecht-heading-2">
        Exporteren
      </h2>
      <p className="utrecht-paragraph">
        Download deze begroting met precies dezelfde bedragen als in de applicatie. Het bestand heet
        ICT-begroting-&lt;gemeente&gt;-&lt;eerste jaar&gt;.
      </p>
      <ul className="app-stack">
        {EXPORT_FORMATS.map(({ format, label, explanation }) => (
          <li key={format} className="app-row">
            <Button
              appearance={format === 'xlsx' ? 'primary' : 'secondary'}
              disabled={running}
              busy={running && state.format === format}
              aria-describedby={`${headingId}-${format}`}
              onClick={() => void start(format)}
            >
              {label} downloaden
            </Button>
            <span id={`${headingId}-${format}`} className="utrecht-paragraph">
              {explanation}
            </span>
          </li>
        ))}
      </ul>
      {/* Always in the DOM, so screen readers announce each change of the text. */}
      <p className="utrecht-paragraph" role="status" aria-live="polite" data-testid="export-status">
        {state.kind === 'running'
          ? `Bezig met exporteren (${labelOf(state.format)})… ${formatKilobytes(state.bytes)} ontvangen`
          : null}
        {state.kind === 'done' ? `${state.fileName} is gedownload (${formatKilobytes(state.bytes)}).` : null}
      </p>
      {state.kind === 'error' ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              Exporteren als {labelOf(state.format)} is mislukt: {state.message.replace(/\.$/, '')}. Probeer het
              opnieuw; blijft het misgaan, meld het dan bij de beheerder.
            </div>
          </div>
        </div>
      ) : null}
    </section>
  );
}
