import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { useFormErrors } from '../../forms/useFormErrors';
import type { CoproductionForm } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { FormsPicker } from './FormsPicker';
import type { ServiceAreaOption } from './InitiativesSection';
import { CREATE_INITIATIVES } from './operations';

interface Row {
  name: string;
  serviceAreaId: string;
  forms: CoproductionForm[];
  publicBodyInput: string;
}

const blank = (): Row => ({ name: '', serviceAreaId: '', forms: [], publicBodyInput: '' });
const isBlank = (r: Row) => !r.name.trim() && !r.serviceAreaId && r.forms.length === 0 && !r.publicBodyInput.trim();
/** The API takes up to 200 at once. */
const MAX_ROWS = 200;

/**
 * Several initiatives at once, as a workshop lists them: a row each (name, service area, forms,
 * what the public body puts in), all recorded together or none. Empty rows are left out.
 */
export function AddInitiatives({
  programmeId,
  serviceAreas,
  onAdded,
}: {
  programmeId: string;
  serviceAreas: readonly ServiceAreaOption[];
  onAdded: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<Row[]>([blank()]);
  const errors = useFormErrors({ initiatives: rows });
  const [create, { loading }] = useMutation(CREATE_INITIATIVES);
  const announce = useAnnounce();
  // A new generation after each save: the rows start afresh, the first name field taking the focus.
  const [generation, setGeneration] = useState(0);
  // Once the form is closed, the button that opens it takes the focus back (not on the page's first showing).
  const [closed, setClosed] = useState(false);
  const active = serviceAreas.filter((a) => a.active);

  const update = (index: number, change: Partial<Row>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));

  const submit = async () => {
    // Rows the person left empty are not sent; the rest are numbered as shown, so messages land on the right row.
    const filled = rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
    const missing: Record<string, string> = {};
    for (const { row, index } of filled) {
      if (!row.name.trim()) missing[`initiatives.${index}.name`] = t('mapIt.add.name.required', { row: index + 1 });
      if (!row.serviceAreaId) missing[`initiatives.${index}.serviceAreaId`] = t('mapIt.add.serviceAreaId.required', { row: index + 1 });
    }
    if (filled.length === 0) missing['initiatives.0.name'] = t('mapIt.add.nothing');
    if (Object.keys(missing).length) return errors.setLocal(missing, t('forms.fixBelow'));
    try {
      await create({
        variables: {
          input: {
            initiatives: filled.map(({ row }) => ({
              name: row.name.trim(),
              serviceAreaId: row.serviceAreaId,
              forms: row.forms,
              publicBodyInput: row.publicBodyInput.trim(),
              programmeId,
            })),
          },
        },
      });
      errors.clear();
      setRows([blank()]);
      announce(t('mapIt.add.done', { count: filled.length }));
      setGeneration((g) => g + 1);
      onAdded();
    } catch (error) {
      // The API numbers the rows it was sent: map its numbers back to the rows on screen.
      const problem = errors.fromError(error);
      const renumbered = Object.fromEntries(
        Object.entries(problem.fields).map(([field, message]) => {
          const match = /^initiatives\.(\d+)\.(.+)$/.exec(field);
          return match && filled[Number(match[1])]
            ? [`initiatives.${filled[Number(match[1])].index}.${match[2]}`, message]
            : [field, message];
        }),
      );
      errors.setLocal(renumbered, problem.summary);
    }
  };

  if (!open) {
    return (
      <Button variant="primary" autoFocus={closed} onClick={() => setOpen(true)}>
        {t('mapIt.add.open')}
      </Button>
    );
  }

  return (
    <form
      className="map-add stack"
      aria-labelledby="map-add-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="map-add-title">{t('mapIt.add.title')}</h3>
      <p className="muted">{t('mapIt.add.lead')}</p>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      {rows.map((row, index) => (
        <fieldset key={`${generation}-${index}`} className="map-add__row">
          <legend>{t('mapIt.add.row', { row: index + 1 })}</legend>
          <Field
            autoFocus={index === 0}
            name={`initiatives.${index}.name`}
            label={t('mapIt.initiative.name')}
            value={row.name}
            maxLength={200}
            error={errors.field(`initiatives.${index}.name`)}
            onChange={(e) => update(index, { name: e.target.value })}
          />
          <SelectField
            name={`initiatives.${index}.serviceAreaId`}
            label={t('mapIt.initiative.serviceArea')}
            value={row.serviceAreaId}
            error={errors.field(`initiatives.${index}.serviceAreaId`)}
            onChange={(e) => update(index, { serviceAreaId: e.target.value })}
          >
            <option value="">{t('mapIt.add.chooseServiceArea')}</option>
            {active.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </SelectField>
          <FormsPicker
            compact
            value={row.forms}
            onChange={(forms) => update(index, { forms })}
            error={errors.field(`initiatives.${index}.forms`)}
          />
          <TextAreaField
            name={`initiatives.${index}.publicBodyInput`}
            label={t('mapIt.initiative.publicBodyInput')}
            hint={t('mapIt.add.publicBodyInputHint')}
            rows={2}
            value={row.publicBodyInput}
            error={errors.field(`initiatives.${index}.publicBodyInput`)}
            onChange={(e) => update(index, { publicBodyInput: e.target.value })}
          />
          {rows.length > 1 && (
            <Button variant="link" onClick={() => setRows((all) => all.filter((_, i) => i !== index))}>
              {t('mapIt.add.removeRow', { row: index + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      <div className="actions">
        <Button onClick={() => setRows((all) => [...all, blank()])} disabled={rows.length >= MAX_ROWS}>
          {t('mapIt.add.addRow')}
        </Button>
        <Button type="submit" variant="primary" busy={loading}>
          {t('mapIt.add.submit')}
        </Button>
        <Button
          variant="link"
          onClick={() => {
            setOpen(false);
            setClosed(true);
            setRows([blank()]);
            errors.clear();
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
