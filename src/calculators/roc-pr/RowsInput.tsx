/** Pasted label,score rows, or a file of them, for the ROC / PR explorer. */
import { useEffect, useState } from 'preact/hooks';
import { fmt } from '../../lib/format';
import type { Calculator } from '../kit/calculator';
import { describedBy, FieldError } from '../kit/fields';

/** Largest file read: about 20,000 rows, the most the parser accepts. */
const MAX_FILE_BYTES = 512 * 1024;

/** `error` is the rows' message, claimed by the parent so the parent's unplaced errors leave it out. */
export function RowsInput({ calc, error, onRows }: { calc: Calculator; error: string | undefined; onRows: (text: string) => void }) {
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  useEffect(() => setFileError(undefined), [calc.resets]);
  const fileId = calc.id('file');
  const onFile = (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(`${file.name} is ${fmt(file.size / 1024, 0)} kB; this calculator reads files up to 512 kB (about 20,000 rows).`);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      setFileError(undefined);
      onRows(String(reader.result ?? ''));
    };
    reader.onerror = () => setFileError(`Could not read ${file.name}: ${reader.error?.message ?? 'unknown error'}.`);
    reader.readAsText(file);
  };
  return (
    <>
      {calc.field('rows', { onInput: onRows, error })}
      {calc.offUrl.includes('rows') && <p class="calc-hint">These rows are too long to keep in the page address, so a copied link will not include them.</p>}
      <div class={`calc-field${fileError ? ' calc-field--error' : ''}`}>
        <label for={fileId}>Or load a .csv or .txt file of rows</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={onFile}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy(fileId, false, fileError)}
        />
        <FieldError id={fileId} message={fileError} />
      </div>
    </>
  );
}
