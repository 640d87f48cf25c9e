import { useState } from 'react';
import { Link } from 'react-router';
import { workshopEditRefusal } from '../../../../../libs/workflow/src/workshop-lifecycle';
import { Button } from '../../components/Button';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { t } from '../../i18n/i18n';
import { AgendaEditor } from './AgendaEditor';
import { CapturePanel } from './CapturePanel';
import { Outputs } from './Outputs';
import { useWorkshopPage } from './useWorkshopPage';
import { WorkshopDocuments } from './WorkshopDocuments';
import { WorkshopEditor } from './WorkshopEditor';
import { StatusTag, whenText } from './WorkshopList';
import { WorkshopMoves } from './WorkshopMoves';
import './workshops.css';

/** Breadcrumbs from the dashboard through the programme and its workshops. */
export function WorkshopBreadcrumbs({
  organisationId,
  programmeId,
  programmeName,
  here,
}: {
  organisationId: string;
  programmeId?: string;
  programmeName: string;
  here?: string;
}) {
  return (
    <nav aria-label={t('workspace.breadcrumbs')} className="breadcrumbs">
      <Link to={`/o/${organisationId}`}>{t('dashboard.title')}</Link>
      {programmeId && (
        <>
          {' · '}
          <Link to={`/o/${organisationId}/programmes/${programmeId}`}>{programmeName}</Link>
          {' · '}
          <Link to={`/o/${organisationId}/programmes/${programmeId}/workshops`}>{t('workshops.title')}</Link>
        </>
      )}
      {here && <> · {here}</>}
    </nav>
  );
}

/** One workshop: details (editable while it may change), its moves, its agenda, capture and its outputs. */
export function WorkshopScreen() {
  const page = useWorkshopPage();
  const { organisation, workshop, programme, members, context, mayPlan, mayContribute } = page;
  const format = useFormat(organisation);
  const [editing, setEditing] = useState(false);

  if (!workshop || !context) {
    return (
      <>
        <WorkshopBreadcrumbs organisationId={organisation.id} programmeName={page.programmeName} />
        {page.error ? <ErrorState error={page.error} onRetry={page.refetch} /> : <LoadingState label={t('workshops.page.loading')} />}
      </>
    );
  }
  const locked = workshopEditRefusal(workshop.status) !== null;
  const editable = mayPlan && !locked;
  const person = (id: string) => members.find((m) => m.id === id)?.name ?? t('workshops.page.unknownMember');
  const attendees = workshop.attendees.map((a) =>
    a.userId ? person(a.userId) : (a.participant?.displayName ?? t('workshops.field.unnamed')),
  );
  const base = `/o/${organisation.id}/workshops/${workshop.id}`;

  return (
    <div className="workshops workshop">
      <WorkshopBreadcrumbs
        organisationId={organisation.id}
        programmeId={workshop.programmeId}
        programmeName={page.programmeName}
        here={workshop.title}
      />
      <div className="page-heading">
        <h1>
          {workshop.title}
          <span className="page-heading__context"> · {programme?.name ?? organisation.name}</span>
        </h1>
      </div>
      <p className="workshop__summary">
        <StatusTag status={workshop.status} /> {t(`steps.${workshop.step}`)} ·{' '}
        <time dateTime={workshop.startsAt}>{whenText(workshop, format)}</time>
      </p>
      {page.error && (
        <p className="banner banner--warning" role="status">
          {t('workshops.stale')}
        </p>
      )}
      {!mayPlan && !mayContribute && <p className="notice">{t('workshops.page.readOnly')}</p>}

      <div className="workshop__layout">
        <section className="card" aria-labelledby="workshop-moves">
          <h2 id="workshop-moves">{t('workshops.moves.title')}</h2>
          <WorkshopMoves workshop={workshop} mayPlan={mayPlan} runPath={`${base}/run`} />
        </section>

        <section className="card" aria-labelledby="workshop-details">
          <h2 id="workshop-details" tabIndex={-1}>
            {t('workshops.page.details')}
          </h2>
          {editing ? (
            <WorkshopEditor
              workshop={workshop}
              members={members}
              timeZone={organisation.timeZone}
              onDone={() => {
                setEditing(false);
                requestAnimationFrame(() => document.getElementById('edit-workshop')?.focus());
              }}
            />
          ) : (
            <>
              <dl className="facts">
                <dt>{t('workshops.field.step')}</dt>
                <dd>{t(`steps.${workshop.step}`)}</dd>
                <dt>{t('workshops.page.whenLabel')}</dt>
                <dd>{whenText(workshop, format)}</dd>
                <dt>{t('workshops.page.place')}</dt>
                <dd>{workshop.place || t('workshops.noPlace')}</dd>
                {workshop.onlineUrl && (
                  <>
                    <dt>{t('workshops.page.link')}</dt>
                    <dd>
                      <a href={workshop.onlineUrl} rel="noreferrer noopener" target="_blank">
                        {workshop.onlineUrl}
                      </a>
                    </dd>
                  </>
                )}
                <dt>{t('workshops.page.facilitator')}</dt>
                <dd>{workshop.facilitatorUserId ? person(workshop.facilitatorUserId) : t('workshops.page.noFacilitator')}</dd>
                <dt>{t('workshops.page.attendees')}</dt>
                <dd>{attendees.length ? attendees.join(', ') : t('workshops.page.noAttendees')}</dd>
              </dl>
              {editable && (
                <div className="actions">
                  <Button id="edit-workshop" onClick={() => setEditing(true)}>
                    {t('workshops.page.edit')}
                  </Button>
                </div>
              )}
              {mayPlan && locked && (
                <p className="muted">{t('workshops.page.locked', { status: t(`workshops.status.${workshop.status}`).toLowerCase() })}</p>
              )}
            </>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="agenda-title">
        <h2 id="agenda-title" tabIndex={-1}>
          {t('workshops.agenda.title')}
        </h2>
        <AgendaEditor workshop={workshop} editable={editable} mayKeepTemplate={mayPlan} />
      </section>

      {mayContribute &&
        (workshop.status === 'CANCELLED' ? (
          <p className="notice">{t('workshops.capture.cancelled')}</p>
        ) : (
          <CapturePanel workshopId={workshop.id} onCaptured={page.refetch} />
        ))}

      <section className="card" aria-labelledby="outputs-title">
        <h2 id="outputs-title">{t('workshops.outputs.title')}</h2>
        <Outputs
          outputs={workshop.outputs}
          agenda={workshop.agenda}
          context={context}
          mayChange={mayContribute && workshop.status !== 'CANCELLED'}
        />
      </section>

      <section className="card" aria-labelledby="documents-title">
        <h2 id="documents-title">{t('workshops.documents.title')}</h2>
        <WorkshopDocuments organisationId={organisation.id} title={workshop.title} paths={workshop.documents} />
      </section>
    </div>
  );
}
