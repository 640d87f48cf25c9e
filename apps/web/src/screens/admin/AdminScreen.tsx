import { useOrganisation } from '../../app/frames';
import './admin.css';
import { Action, can } from '../../app/permissions';
import { usePageTitle } from '../../components/PageTitle';
import { t } from '../../i18n/i18n';
import { ApiKeysSection } from './ApiKeysSection';
import { InvitationsSection } from './InvitationsSection';
import { MembersSection } from './MembersSection';
import { SettingsSection } from './SettingsSection';
import { SingleSignOnSection } from './SingleSignOnSection';
import { WebhooksSection } from './WebhooksSection';

/**
 * The organisation's administration: members and roles, invitations, API keys, webhooks, and its
 * name, time zone and currency. An ADMIN may change them all (the API's MANAGE_MEMBERS); anyone else sees the
 * members and settings, and is told who can change them.
 */
export function AdminScreen() {
  const organisation = useOrganisation();
  usePageTitle(t('admin.title'), organisation.name);
  const canManage = can(organisation.role, Action.MANAGE_MEMBERS);
  return (
    <div className="stack">
      <h1>
        {t('admin.title')}
        <span className="page-heading__context"> · {organisation.name}</span>
      </h1>
      {!canManage && <p className="notice">{t('admin.readOnly', { role: t(`roles.${organisation.role}`) })}</p>}
      <MembersSection canManage={canManage} />
      {canManage && <InvitationsSection />}
      {canManage && <ApiKeysSection />}
      {canManage && <WebhooksSection />}
      {canManage && <SingleSignOnSection />}
      <SettingsSection canManage={canManage} />
    </div>
  );
}
