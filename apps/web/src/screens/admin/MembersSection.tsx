import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useMe, useOrganisation } from '../../app/frames';
import { ME } from '../../app/session';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { useFormErrors } from '../../forms/useFormErrors';
import type { AdminMembersQuery, Role } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { ADMIN_MEMBERS, CHANGE_MEMBER_ROLE, PAGE, REMOVE_MEMBER, shownAgain } from './operations';
import { ROLES } from './roles';

type Member = AdminMembersQuery['members']['edges'][number]['node'];

/** The organisation's members with their roles; an ADMIN changes roles and removes members. */
export function MembersSection({ canManage }: { canManage: boolean }) {
  const { data, error, refetch, fetchMore, loading } = useQuery(ADMIN_MEMBERS, {
    variables: { first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const [removing, setRemoving] = useState<Member | null>(null);
  const members = data?.members;

  function more() {
    void fetchMore({
      variables: { after: members!.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        members: { ...fetchMoreResult.members, edges: [...previous.members!.edges, ...fetchMoreResult.members.edges] },
      }),
    });
  }

  return (
    <section aria-labelledby="admin-members" className="card stack">
      <h2 id="admin-members">{members ? t('admin.members', { count: members.totalCount }) : t('admin.members.title')}</h2>
      {members ? (
        members.edges.length === 0 ? (
          <EmptyState title={t('admin.members.empty')} />
        ) : (
          <>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.members.name')}</th>
                  <th scope="col">{t('admin.members.role')}</th>
                  <th scope="col">{t('admin.members.since')}</th>
                  {canManage && <th scope="col">{t('admin.members.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {members.edges.map(({ node }) => (
                  <MemberRow key={`${node.id}:${node.role}`} member={node} canManage={canManage} onRemove={() => setRemoving(node)} />
                ))}
              </tbody>
            </table>
            <Pager shown={members.edges.length} total={members.totalCount} onMore={more} busy={loading} />
          </>
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
      {removing && (
        <RemoveMemberDialog
          member={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => void refetch({ first: shownAgain(members?.edges.length) })}
        />
      )}
    </section>
  );
}

function MemberRow({ member, canManage, onRemove }: { member: Member; canManage: boolean; onRemove: () => void }) {
  const me = useMe();
  const organisation = useOrganisation();
  const format = useFormat(organisation);
  const client = useApolloClient();
  const announce = useAnnounce();
  const errors = useFormErrors();
  const [role, setRole] = useState<Role>(member.role);
  const [change, { loading }] = useMutation(CHANGE_MEMBER_ROLE);
  const isMe = member.user.id === me.id;
  const name = member.user.displayName;

  async function save() {
    try {
      await change({ variables: { input: { membershipId: member.id, role } } });
      errors.clear();
      announce(t('admin.members.roleChanged', { name, role: t(`roles.${role}`) }));
      // Your own role decides what the screens offer you.
      if (isMe) await client.refetchQueries({ include: [ME] });
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <tr>
      <th scope="row">
        {name}
        {isMe && <span className="tag">{t('admin.members.you')}</span>}
        <br />
        <span className="muted">{member.user.email}</span>
      </th>
      <td>
        {canManage ? (
          <div className="inline-form">
            <SelectField
              label={<span className="visually-hidden">{t('admin.members.roleOf', { name })}</span>}
              name="role"
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
              error={errors.field('role') ?? errors.summary}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </SelectField>
            {role !== member.role && (
              <Button onClick={() => void save()} busy={loading}>
                {t('admin.members.changeRole')} <span className="visually-hidden">{t('admin.members.whose', { name })}</span>
              </Button>
            )}
          </div>
        ) : (
          t(`roles.${member.role}`)
        )}
      </td>
      <td>{format.date(member.createdAt)}</td>
      {canManage && (
        <td>
          {isMe ? (
            <span className="muted">{t('admin.members.notYourself')}</span>
          ) : (
            <Button variant="danger" onClick={onRemove}>
              {t('admin.members.remove')} <span className="visually-hidden">{name}</span>
            </Button>
          )}
        </td>
      )}
    </tr>
  );
}

function RemoveMemberDialog({ member, onClose, onRemoved }: { member: Member; onClose: () => void; onRemoved: () => void }) {
  const organisation = useOrganisation();
  const announce = useAnnounce();
  const errors = useFormErrors();
  const [remove, { loading }] = useMutation(REMOVE_MEMBER);
  const name = member.user.displayName;

  async function confirm() {
    try {
      await remove({ variables: { input: { membershipId: member.id } } });
      announce(t('admin.members.removed', { name }));
      onRemoved();
      onClose();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <Dialog open title={t('admin.members.removeTitle', { name })} onClose={onClose}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <p>{t('admin.members.removeBody', { name, organisation: organisation.name })}</p>
      <div className="actions">
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          {t('admin.members.removeConfirm')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </Dialog>
  );
}
