import { useMutation, useQuery } from '@apollo/client/react';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PendingInvitationsQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { IssueOnceForm } from './IssueOnceForm';
import { INVITE_MEMBER, PAGE, PENDING_INVITATIONS, REVOKE_INVITATION, shownAgain } from './operations';

type Invitation = PendingInvitationsQuery['invitations']['edges'][number]['node'];

/**
 * Invitations (ADMIN only): invite by address and role, see the one-time link once, and list and
 * revoke the pending ones (the API keeps only the link's hash, so a lost link means a new invitation).
 */
export function InvitationsSection() {
  const { data, error, refetch, fetchMore, loading } = useQuery(PENDING_INVITATIONS, {
    variables: { first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const invitations = data?.invitations;
  const reload = () => void refetch({ first: shownAgain(invitations?.edges.length) });

  function more() {
    void fetchMore({
      variables: { after: invitations!.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        invitations: { ...fetchMoreResult.invitations, edges: [...previous.invitations!.edges, ...fetchMoreResult.invitations.edges] },
      }),
    });
  }

  return (
    <section aria-labelledby="admin-invitations" className="card stack">
      <h2 id="admin-invitations">{t('admin.invitations.title')}</h2>
      <InviteForm onInvited={reload} />
      <h3>{invitations ? t('admin.invitations.pending', { count: invitations.totalCount }) : t('admin.invitations.pendingTitle')}</h3>
      {invitations ? (
        invitations.edges.length === 0 ? (
          <EmptyState title={t('admin.invitations.empty')}>
            <p>{t('admin.invitations.emptyNext')}</p>
          </EmptyState>
        ) : (
          <>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.invitations.email')}</th>
                  <th scope="col">{t('admin.invitations.role')}</th>
                  <th scope="col">{t('admin.invitations.expires')}</th>
                  <th scope="col">{t('admin.invitations.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.edges.map(({ node }) => (
                  <InvitationRow key={node.id} invitation={node} onRevoked={reload} />
                ))}
              </tbody>
            </table>
            <Pager shown={invitations.edges.length} total={invitations.totalCount} onMore={more} busy={loading} />
          </>
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}

/** Invites one person; the link the API answers is shown once, here, and forgotten when dismissed. */
export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const [invite, { loading }] = useMutation(INVITE_MEMBER, { fetchPolicy: 'no-cache' });
  return (
    <IssueOnceForm
      draftId="invite-member"
      field={{
        name: 'email',
        label: t('admin.invitations.email'),
        type: 'email',
        autoComplete: 'off',
        missing: 'admin.invitations.email.required',
      }}
      role={{ initial: 'CONTRIBUTOR', label: t('admin.invitations.role') }}
      heading={t('admin.invitations.invite')}
      headingId="admin-invite"
      hint={t('admin.invitations.hint')}
      submitLabel={t('admin.invitations.submit')}
      secret={{ warning: t('admin.invitations.linkWarning'), label: t('admin.invitations.linkLabel') }}
      busy={loading}
      issue={async (email, role) => {
        const { data } = await invite({ variables: { input: { email, role } } });
        const { acceptUrl, invitation } = data!.inviteMember;
        return { title: t('admin.invitations.linkTitle', { email: invitation.email }), value: acceptUrl };
      }}
      onIssued={onInvited}
    />
  );
}

function InvitationRow({ invitation, onRevoked }: { invitation: Invitation; onRevoked: () => void }) {
  const format = useFormat(useOrganisation());
  const announce = useAnnounce();
  const errors = useFormErrors();
  const [revoke, { loading }] = useMutation(REVOKE_INVITATION);

  async function confirm() {
    try {
      await revoke({ variables: { input: { invitationId: invitation.id } } });
      announce(t('admin.invitations.revoked', { email: invitation.email }));
      onRevoked();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <tr>
      <th scope="row">{invitation.email}</th>
      <td>{t(`roles.${invitation.role}`)}</td>
      <td>{format.dateTime(invitation.expiresAt)}</td>
      <td>
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          {t('admin.invitations.revoke')}{' '}
          <span className="visually-hidden">{t('admin.invitations.revokeWhich', { email: invitation.email })}</span>
        </Button>
        {errors.summary && (
          <p className="field__error" role="alert">
            {Object.values(errors.problem?.fields ?? {})[0] ?? errors.summary}
          </p>
        )}
      </td>
    </tr>
  );
}
