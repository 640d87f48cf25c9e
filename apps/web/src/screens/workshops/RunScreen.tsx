import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { t } from '../../i18n/i18n';
import { AgendaTimer } from './AgendaTimer';
import { CapturePanel } from './CapturePanel';
import { LiveOutputs } from './LiveOutputs';
import { RunPanels } from './RunPanels';
import { useWorkshopPage } from './useWorkshopPage';
import { WorkshopBreadcrumbs } from './WorkshopScreen';
import { StatusTag, whenText } from './WorkshopList';
import './workshops.css';
import type { AgendaItem } from './operations';

/**
 * Run mode, for the room while the workshop runs: the agenda section under way with its countdown,
 * keyboard-first capture (lines recorded against that section), what was captured so far (kept
 * current as the room adds to it: LiveOutputs.tsx), and the run panels (RunPanels.tsx) that others add.
 */
export function RunScreen() {
  const page = useWorkshopPage(t('workshops.run.title'));
  const { organisation, workshop, context, mayPlan, mayContribute } = page;
  const format = useFormat(organisation);
  const [section, setSection] = useState<AgendaItem | undefined>(undefined);

  if (!workshop || !context) {
    return (
      <>
        <WorkshopBreadcrumbs organisationId={organisation.id} programmeName={page.programmeName} />
        {page.error ? <ErrorState error={page.error} onRetry={page.refetch} /> : <LoadingState label={t('workshops.page.loading')} />}
      </>
    );
  }
  const back = `/o/${organisation.id}/workshops/${workshop.id}`;
  return (
    <div className="workshops run">
      <WorkshopBreadcrumbs
        organisationId={organisation.id}
        programmeId={workshop.programmeId}
        programmeName={page.programmeName}
        here={t('workshops.run.title')}
      />
      <div className="page-heading">
        <h1>
          {t('workshops.run.title')}
          <span className="page-heading__context"> · {workshop.title}</span>
        </h1>
      </div>
      <p>
        <Link to={back}>{t('workshops.run.back')}</Link>
      </p>
      <p className="workshop__summary">
        <StatusTag status={workshop.status} /> <time dateTime={workshop.startsAt}>{whenText(workshop, format)}</time>
      </p>
      {workshop.status !== 'RUNNING' ? (
        <p className="notice">{t('workshops.run.notRunning', { status: t(`workshops.status.${workshop.status}`).toLowerCase() })}</p>
      ) : (
        <div className="run__layout">
          <AgendaTimer workshopId={workshop.id} agenda={workshop.agenda} onSection={setSection} />
          {mayContribute && <CapturePanel workshopId={workshop.id} agendaItem={section ?? null} onCaptured={page.refetch} />}
          <RunPanels workshop={workshop} organisationId={organisation.id} mayPlan={mayPlan} mayContribute={mayContribute} />
          <section className="card run__outputs" aria-labelledby="outputs-title">
            <h2 id="outputs-title">{t('workshops.outputs.title')}</h2>
            <LiveOutputs
              workshopId={workshop.id}
              programmeId={workshop.programmeId}
              agenda={workshop.agenda}
              context={context}
              mayChange={mayContribute}
            />
          </section>
        </div>
      )}
    </div>
  );
}
