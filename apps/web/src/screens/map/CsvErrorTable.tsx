import { t } from '../../i18n/i18n';
import type { CsvProblem } from './csvImport';

/**
 * Every problem of a refused import, one line each, against the row and column at fault. Rows
 * are numbered as a spreadsheet shows them (the header is row 1), so people can go straight to
 * the cell.
 */
export function CsvErrorTable({ problems, total }: { problems: readonly CsvProblem[]; total?: number }) {
  return (
    <div className="csv-errors">
      <table className="table table--compact">
        <caption className="csv-errors__caption">
          {t('mapIt.import.errors.caption', { count: total ?? problems.length })}
          {total !== undefined && total > problems.length && <> {t('mapIt.import.errors.firstOnly', { shown: problems.length })}</>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('mapIt.import.errors.row')}</th>
            <th scope="col">{t('mapIt.import.errors.column')}</th>
            <th scope="col">{t('mapIt.import.errors.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, index) => (
            <tr key={index}>
              <th scope="row">
                {p.row === null
                  ? p.column
                    ? t('mapIt.import.errors.header')
                    : t('mapIt.import.errors.wholeFile')
                  : t('mapIt.import.errors.rowNumber', { row: p.row + 1 })}
              </th>
              <td>{p.column ?? '—'}</td>
              <td>{describeProblem(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The API's words about a cell ("is required", "is 250 characters long; at most 200") as a sentence that stands alone. */
export function describeProblem(p: CsvProblem): string {
  const m = p.message.trim();
  if (p.row === null) return sentence(p.column ? `“${p.column}” ${m}` : m);
  if (!p.column) return sentence(/^has /.test(m) ? `${t('mapIt.import.errors.theRow')} ${m}` : m);
  if (m === 'is required') return t('mapIt.import.errors.required');
  if (/^column \d+$/.test(p.column)) return sentence(`${t('mapIt.import.errors.theCell')} ${m}`);
  if (/^(is|has|are) /.test(m)) return sentence(`${t('mapIt.import.errors.theValue')} ${m}`);
  return sentence(m);
}

function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
