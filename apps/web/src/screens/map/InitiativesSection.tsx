import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Action, can } from '../../app/permissions';
import type { Role } from '../../app/session';
import { Button } from '../../components/Button';
import { Field, SelectField } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import type { InitiativeFilter, MapInitiativeFragment, MapServiceAreasQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { useAnnounce } from '../../components/LiveRegion';
import { AddInitiatives } from './AddInitiatives';
import { DeleteInitiative } from './DeleteInitiative';
import { EditInitiative } from './EditInitiative';
import { ALL_FORMS, parentOf } from './forms';
import { MAP_INITIATIVES } from './operations';

export type ServiceAreaOption = MapServiceAreasQuery['serviceAreas'][number];

const PAGE = 25;

interface Props {
  programmeId: string;
  serviceAreas: readonly ServiceAreaOption[];
  role: Role;
  onChanged: () => void;
}

/** The organisation's initiatives: filters and search, the list, adding several at once, editing one. */
export function InitiativesSection({ programmeId, serviceAreas, role, onChanged }: Props) {
  // The filters live in the address, so a filtered list can be shared or bookmarked.
  const [params, setParams] = useSearchParams();
  const serviceAreaId = params.get('area') ?? '';
  const form = params.get('form') ?? '';
  const kind = params.get('kind') ?? '';
  const search = params.get('q') ?? '';
  const setParam = (name: string) => (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const [setServiceAreaId, setForm, setKind, setSearch] = [setParam('area'), setParam('form'), setParam('kind'), setParam('q')];
  const deferredSearch = useDeferredValue(search.trim());
  const [editing, setEditing] = useState<MapInitiativeFragment | null>(null);
  const [deleting, setDeleting] = useState<MapInitiativeFragment | null>(null);
  const announce = useAnnounce();
  const mayAdd = can(role, Action.CONTRIBUTE);
  // As the API: anyone who contributes deletes what is unpublished; a published one takes DECIDE_AND_PUBLISH.
  const mayDeletePublished = can(role, Action.DECIDE_AND_PUBLISH);

  const filter: InitiativeFilter = {
    ...(serviceAreaId ? { serviceAreaId } : {}),
    ...(form ? { form: form as InitiativeFilter['form'] } : {}),
    ...(kind ? { selfOrganisation: kind === 'self' } : {}),
    ...(deferredSearch ? { search: deferredSearch } : {}),
  };
  const filtered = Object.keys(filter).length > 0;
  const { data, previousData, error, refetch, fetchMore, loading } = useQuery(MAP_INITIATIVES, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const list = (data ?? previousData)?.initiatives;

  const changed = () => {
    void refetch();
    onChanged();
  };
  const clear = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const name of ['area', 'form', 'kind', 'q']) next.delete(name);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <section id="map-initiatives" aria-labelledby="map-initiatives-title" className="card stack map-section">
      <h2 id="map-initiatives-title" tabIndex={-1}>
        {t('mapIt.initiatives.title')}
      </h2>
      <p className="muted">{t('mapIt.initiatives.lead')}</p>
      {!mayAdd && <p className="notice">{t('mapIt.initiatives.readOnly')}</p>}
      {mayAdd && <AddInitiatives programmeId={programmeId} serviceAreas={serviceAreas} onAdded={changed} />}

      <div role="search" className="map-filters" aria-label={t('mapIt.filter.label')}>
        <Field
          name="search"
          type="search"
          label={t('mapIt.filter.search')}
          hint={t('mapIt.filter.searchHint')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          name="serviceAreaId"
          label={t('mapIt.filter.serviceArea')}
          value={serviceAreaId}
          onChange={(e) => setServiceAreaId(e.target.value)}
        >
          <option value="">{t('mapIt.filter.anyServiceArea')}</option>
          {serviceAreas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.active ? a.name : t('mapIt.serviceArea.inactive', { name: a.name })}
            </option>
          ))}
        </SelectField>
        <SelectField name="form" label={t('mapIt.filter.form')} value={form} onChange={(e) => setForm(e.target.value)}>
          <option value="">{t('mapIt.filter.anyForm')}</option>
          {ALL_FORMS.map((f) => (
            <option key={f} value={f}>
              {parentOf(f) === f ? t(`mapIt.form.${f}`) : `— ${t(`mapIt.form.${f}`)}`}
            </option>
          ))}
        </SelectField>
        <SelectField name="kind" label={t('mapIt.filter.kind')} value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('mapIt.filter.anyKind')}</option>
          <option value="coproduction">{t('mapIt.filter.coproduction')}</option>
          <option value="self">{t('mapIt.filter.self')}</option>
        </SelectField>
        {filtered && (
          <Button variant="link" onClick={clear}>
            {t('mapIt.filter.clear')}
          </Button>
        )}
      </div>

      {error && !list ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !list ? (
        <LoadingState />
      ) : list.totalCount === 0 ? (
        <EmptyState title={filtered ? t('mapIt.initiatives.noneMatch') : t('mapIt.initiatives.none')}>
          <p>{filtered ? t('mapIt.initiatives.noneMatchHint') : t('mapIt.initiatives.noneHint')}</p>
        </EmptyState>
      ) : (
        <>
          <p role="status" className="muted">
            {t('mapIt.initiatives.count', { count: list.totalCount })}
          </p>
          {mayAdd && !mayDeletePublished && list.edges.some((e) => e.node.published) && (
            <p className="muted">{t('mapIt.delete.lockedNote')}</p>
          )}
          <InitiativeTable
            initiatives={list.edges.map((e) => e.node)}
            mayEdit={mayAdd}
            mayDelete={(i) => mayAdd && (!i.published || mayDeletePublished)}
            onEdit={setEditing}
            onDelete={setDeleting}
          />
          <Pager
            shown={list.edges.length}
            total={list.totalCount}
            busy={loading}
            onMore={() =>
              void fetchMore({
                variables: { after: list.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => ({
                  initiatives: { ...fetchMoreResult.initiatives, edges: [...prev.initiatives.edges, ...fetchMoreResult.initiatives.edges] },
                }),
              })
            }
          />
        </>
      )}
      <EditInitiative initiative={editing} serviceAreas={serviceAreas} role={role} onClose={() => setEditing(null)} onSaved={changed} />
      <DeleteInitiative
        initiative={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(name) => {
          setDeleting(null);
          changed();
          // Its row and the Delete button pressed are gone: the list's heading takes the focus.
          requestAnimationFrame(() => document.getElementById('map-initiatives-title')?.focus());
          announce(t('mapIt.delete.done', { name }));
        }}
      />
    </section>
  );
}

interface TableProps {
  initiatives: MapInitiativeFragment[];
  mayEdit: boolean;
  mayDelete: (i: MapInitiativeFragment) => boolean;
  onEdit: (i: MapInitiativeFragment) => void;
  onDelete: (i: MapInitiativeFragment) => void;
}

function InitiativeTable({ initiatives, mayEdit, mayDelete, onEdit, onDelete }: TableProps) {
  return (
    <table className="table table--compact map-initiatives">
      <caption className="visually-hidden">{t('mapIt.initiatives.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mapIt.initiative.name')}</th>
          <th scope="col">{t('mapIt.initiative.serviceArea')}</th>
          <th scope="col">{t('mapIt.initiative.forms')}</th>
          <th scope="col">{t('mapIt.initiative.publicBodyInput')}</th>
          <th scope="col">{t('mapIt.initiative.published')}</th>
          {mayEdit && (
            <th scope="col">
              <span className="visually-hidden">{t('mapIt.initiative.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {initiatives.map((i) => (
          <tr key={i.id}>
            <th scope="row">
              {i.name}
              {i.status !== 'ACTIVE' && <span className="tag">{t(`mapIt.status.${i.status}`)}</span>}
            </th>
            <td>{i.serviceArea.name}</td>
            <td>
              {i.forms.length ? (
                i.forms.map((f) => t(`mapIt.form.${f}`)).join(', ')
              ) : (
                <span className="muted">{t('mapIt.initiative.noForms')}</span>
              )}
            </td>
            <td>
              {i.selfOrganisation ? (
                <>
                  <span className="tag tag--self">{t('mapIt.initiative.selfOrganisation')}</span>
                  <span className="visually-hidden"> {t('mapIt.initiative.selfOrganisationWhy')}</span>
                </>
              ) : (
                i.publicBodyInput
              )}
            </td>
            <td>{i.published ? t('mapIt.initiative.isPublished') : t('mapIt.initiative.notPublished')}</td>
            {mayEdit && (
              <td className="map-initiatives__actions">
                <Button variant="link" onClick={() => onEdit(i)}>
                  {t('mapIt.initiative.edit')}
                  <span className="visually-hidden"> {i.name}</span>
                </Button>
                {mayDelete(i) && (
                  <Button variant="link" onClick={() => onDelete(i)} aria-label={t('mapIt.initiative.deleteNamed', { name: i.name })}>
                    {t('mapIt.initiative.delete')}
                  </Button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
