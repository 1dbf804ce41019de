import { Button } from '@mantine/core';
import { useState } from 'react';
import { useUsers } from '../../api/users';
import { useActiveSession } from '../../app/ActiveSession';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SecurityPanel } from '../security/SecurityPanel';
import { ConfirmUserChangeModal } from './ConfirmUserChangeModal';
import { EditUserModal } from './EditUserModal';
import { NewUserModal } from './NewUserModal';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import type { UserDialog } from './userDialogs';
import { UsersTable } from './UsersTable';

function UserDialogView({ dialog, onClose }: { dialog: UserDialog; onClose: () => void }) {
  switch (dialog.kind) {
    case 'create':
      return <NewUserModal onClose={onClose} />;
    case 'edit':
      return <EditUserModal user={dialog.user} onClose={onClose} />;
    case 'resetPassword':
      return <TemporaryPasswordModal mode="reset" user={dialog.user} onClose={onClose} />;
    case 'reactivate':
      return <TemporaryPasswordModal mode="reactivate" user={dialog.user} onClose={onClose} />;
    case 'deactivate':
    case 'releaseLockout':
      return <ConfirmUserChangeModal change={dialog.kind} user={dialog.user} onClose={onClose} />;
  }
}

export function UsersPage() {
  const { user: me } = useActiveSession();
  const users = useUsers();
  const [dialog, setDialog] = useState<UserDialog | null>(null);

  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone who can sign in at this office. Accounts are never deleted, only deactivated, so the audit log keeps its meaning."
        actions={<Button onClick={() => setDialog({ kind: 'create' })}>New user</Button>}
      />
      <ErrorAlert error={users.error} />
      {users.isPending && <PageLoader />}
      {users.data && <UsersTable users={users.data} currentUserId={me.id} onAction={(kind, user) => setDialog({ kind, user })} />}
      <SecurityPanel />
      {dialog && <UserDialogView dialog={dialog} onClose={() => setDialog(null)} />}
    </>
  );
}
