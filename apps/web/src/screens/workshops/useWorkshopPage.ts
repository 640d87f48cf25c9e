import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { usePageTitle } from '../../components/PageTitle';
import { t } from '../../i18n/i18n';
import { WORKSHOP_PAGE, WORKSHOP_PROGRAMME } from './operations';
import type { OutputsContext } from './Outputs';
import { memberOptions } from './WorkshopDetailFields';

/** The workshop of the page's address, its programme, and what the role may do with it (page and run mode alike). */
export function useWorkshopPage(screen?: string) {
  const organisation = useOrganisation();
  const { workshopId = '' } = useParams();
  const page = useQuery(WORKSHOP_PAGE, { variables: { id: workshopId, names: organisation.role !== 'VIEWER' } });
  const workshop = page.data?.workshop;
  const programmeQuery = useQuery(WORKSHOP_PROGRAMME, { variables: { id: workshop?.programmeId ?? '' }, skip: !workshop });
  const programme = programmeQuery.data?.programme;
  usePageTitle(screen, workshop?.title, organisation.name);
  const members = useMemo(() => memberOptions(page.data?.members.edges ?? []), [page.data?.members]);

  const context: OutputsContext | null = useMemo(() => {
    if (!workshop || !page.data) return null;
    const step = programme?.steps.find((s) => s.step === workshop.step);
    return {
      organisationId: organisation.id,
      programmeId: workshop.programmeId,
      step: workshop.step,
      members,
      serviceAreas: page.data.serviceAreas,
      checklistItems: (step?.items ?? []).filter((i) => i.kind === 'MANUAL' && !i.tickedAt).map((i) => ({ key: i.key, title: i.title })),
    };
  }, [workshop, page.data, programme, members, organisation.id]);

  const archived = programme?.status === 'ARCHIVED';
  return {
    organisation,
    workshopId,
    workshop,
    programme,
    members,
    context,
    error: page.error,
    refetch: () => void page.refetch(),
    mayPlan: can(organisation.role, Action.PLAN) && !archived,
    mayContribute: can(organisation.role, Action.CONTRIBUTE) && !archived,
    programmeName: programme?.name ?? t('workspace.programme'),
  };
}
