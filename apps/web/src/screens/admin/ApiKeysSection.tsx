import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { useFormErrors } from '../../forms/useFormErrors';
import type { ApiKeysQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { IssueOnceForm } from './IssueOnceForm';
import { API_KEYS, CREATE_API_KEY, REVOKE_API_KEY } from './operations';

type ApiKey = ApiKeysQuery['apiKeys'][number];

/** API keys for intranets and other integrations (ADMIN only): create (the secret shown once), list, revoke. */
export function ApiKeysSection() {
  const { data, error, refetch } = useQuery(API_KEYS);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [showRevoked, setShowRevoked] = useState(false);
  const keys = data?.apiKeys;
  const active = keys?.filter((key) => !key.revokedAt) ?? [];
  const revoked = keys?.filter((key) => key.revokedAt) ?? [];
  const shown = showRevoked ? [...active, ...revoked] : active;

  return (
    <section aria-labelledby="admin-api-keys" className="card stack">
      <h2 id="admin-api-keys">{t('admin.apiKeys.title')}</h2>
      <p className="hint">{t('admin.apiKeys.intro')}</p>
      <CreateApiKeyForm onCreated={() => void refetch()} />
      <h3>{keys ? t('admin.apiKeys.active', { count: active.length }) : t('admin.apiKeys.activeTitle')}</h3>
      {keys ? (
        <>
          {shown.length === 0 ? (
            <EmptyState title={t('admin.apiKeys.empty')}>
              <p>{t('admin.apiKeys.emptyNext')}</p>
            </EmptyState>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.apiKeys.name')}</th>
                  <th scope="col">{t('admin.apiKeys.role')}</th>
                  <th scope="col">{t('admin.apiKeys.prefix')}</th>
                  <th scope="col">{t('admin.apiKeys.lastUsed')}</th>
                  <th scope="col">{t('admin.apiKeys.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((key) => (
                  <ApiKeyRow key={key.id} apiKey={key} onRevoke={() => setRevoking(key)} />
                ))}
              </tbody>
            </table>
          )}
          {revoked.length > 0 && (
            <Button variant="link" onClick={() => setShowRevoked((now) => !now)} aria-pressed={showRevoked}>
              {t('admin.apiKeys.showRevoked', { count: revoked.length })}
            </Button>
          )}
        </>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
      {revoking && <RevokeApiKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} onRevoked={() => void refetch()} />}
    </section>
  );
}

/** Creates a key; its secret is shown once, here, and forgotten when dismissed. */
export function CreateApiKeyForm({ onCreated }: { onCreated: () => void }) {
  const [create, { loading }] = useMutation(CREATE_API_KEY, { fetchPolicy: 'no-cache' });
  return (
    <IssueOnceForm
      draftId="create-api-key"
      field={{
        name: 'name',
        label: t('admin.apiKeys.name'),
        hint: t('admin.apiKeys.nameHint'),
        maxLength: 200,
        missing: 'admin.apiKeys.name.required',
      }}
      role={{ initial: 'VIEWER', label: t('admin.apiKeys.role'), hint: t('admin.apiKeys.roleHint') }}
      heading={t('admin.apiKeys.create')}
      headingId="admin-create-key"
      submitLabel={t('admin.apiKeys.submit')}
      secret={{ warning: t('admin.apiKeys.secretWarning'), label: t('admin.apiKeys.secretLabel') }}
      busy={loading}
      issue={async (name, role) => {
        const { data } = await create({ variables: { input: { name, role } } });
        const { secret, apiKey } = data!.createApiKey;
        return { title: t('admin.apiKeys.secretTitle', { name: apiKey.name }), value: secret };
      }}
      onIssued={onCreated}
    />
  );
}

function ApiKeyRow({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: () => void }) {
  const format = useFormat(useOrganisation());
  return (
    <tr>
      <th scope="row">
        {apiKey.name}
        {apiKey.parentKeyId && <span className="tag">{t('admin.apiKeys.madeByKey')}</span>}
      </th>
      <td>{t(`roles.${apiKey.role}`)}</td>
      <td>
        <code>{apiKey.prefix}…</code>
      </td>
      <td>{apiKey.lastUsedAt ? format.dateTime(apiKey.lastUsedAt) : t('admin.apiKeys.neverUsed')}</td>
      <td>
        {apiKey.revokedAt ? (
          <span className="muted">{t('admin.apiKeys.revokedAt', { when: format.dateTime(apiKey.revokedAt) })}</span>
        ) : (
          <Button variant="danger" onClick={onRevoke}>
            {t('admin.apiKeys.revoke')} <span className="visually-hidden">{apiKey.name}</span>
          </Button>
        )}
      </td>
    </tr>
  );
}

function RevokeApiKeyDialog({ apiKey, onClose, onRevoked }: { apiKey: ApiKey; onClose: () => void; onRevoked: () => void }) {
  const announce = useAnnounce();
  const errors = useFormErrors();
  const [revoke, { loading }] = useMutation(REVOKE_API_KEY);

  async function confirm() {
    try {
      await revoke({ variables: { input: { apiKeyId: apiKey.id } } });
      announce(t('admin.apiKeys.revoked', { name: apiKey.name }));
      // Keys this key created are revoked with it: the list is read again to show them so.
      onRevoked();
      onClose();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <Dialog open title={t('admin.apiKeys.revokeTitle', { name: apiKey.name })} onClose={onClose}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <p>{t('admin.apiKeys.revokeBody')}</p>
      <div className="actions">
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          {t('admin.apiKeys.revokeConfirm')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </Dialog>
  );
}
