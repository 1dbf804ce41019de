import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { useAuthStatus } from '../api/auth';
import { errorMessage } from '../api/client';
import { PageLoader } from '../components/PageLoader';
import { DataUnavailableScreen } from '../features/auth/DataUnavailableScreen';
import { ForcedPasswordChangeScreen } from '../features/auth/ForcedPasswordChangeScreen';
import { LockScreen } from '../features/auth/LockScreen';
import { RestoreOfficeScreen } from '../features/auth/RestoreOfficeScreen';
import { SetupWizard } from '../features/auth/SetupWizard';
import { SignedOutScreen } from '../features/auth/SignedOutScreen';
import { ActiveSessionProvider } from './ActiveSession';
import { KeptUnderLock } from './KeptUnderLock';
import { paths } from './paths';
import { router } from './router';

/** Chooses the screen from auth.status: set-up, sign-in, lock, forced password change, or the app itself. */
export function AuthGate() {
  const status = useAuthStatus();
  // Set-up signs the administrator in at once; the wizard stays until the recovery key has been saved.
  const [showingRecoveryKey, setShowingRecoveryKey] = useState(false);
  // Why the last session ended (a lockout while unlocking), for the sign-in screen to explain.
  const [signInNotice, setSignInNotice] = useState<string | null>(null);
  // On a workstation without an office: restoring one from a backup instead of setting up a new one.
  const [restoringOffice, setRestoringOffice] = useState(false);
  const signedOut = status.data?.state === 'logged-out';
  // Whose app is mounted: a lock keeps it (hidden) for the same user only, so nobody else ever unlocks into it.
  const [appUserId, setAppUserId] = useState<number | null>(null);
  const current = status.data;
  const keptUserId =
    current?.user && !current.user.mustChangePassword && (current.state === 'active' || (current.state === 'locked' && current.user.id === appUserId)) ? current.user.id : null;
  if (current && keptUserId !== appUserId) setAppUserId(keptUserId);

  // A lock keeps the page the officer was on; signing out does not, so whoever signs in next starts at home
  // rather than on the previous officer's client or intake.
  useEffect(() => {
    if (signedOut) void router.navigate(paths.home, { replace: true });
  }, [signedOut]);

  if (!status.data) {
    if (status.isError) return <DataUnavailableScreen problem={errorMessage(status.error)} onRetry={() => void status.refetch()} />;
    return <PageLoader fullScreen />;
  }

  const { state, user, officeName, idleLockSeconds, problem } = status.data;
  if (state === 'setup-required' && restoringOffice) {
    return <RestoreOfficeScreen onCancel={() => setRestoringOffice(false)} onRestored={setSignInNotice} />;
  }
  if (state === 'setup-required' || showingRecoveryKey) {
    return <SetupWizard onOfficeCreated={() => setShowingRecoveryKey(true)} onFinished={() => setShowingRecoveryKey(false)} onRestoreInstead={() => setRestoringOffice(true)} />;
  }
  if (state === 'unavailable') return <DataUnavailableScreen problem={problem ?? 'No reason was given.'} onRetry={() => void status.refetch()} />;
  const locked = state === 'locked';
  if ((locked || state === 'active') && user && user.id === keptUserId) {
    return (
      <>
        <KeptUnderLock locked={locked}>
          <ActiveSessionProvider session={{ user, officeName: officeName ?? '', idleLockSeconds, locked, onSessionEnded: setSignInNotice }}>
            <RouterProvider router={router} />
          </ActiveSessionProvider>
        </KeptUnderLock>
        {locked && <LockScreen user={user} reason={problem} onSessionEnded={setSignInNotice} />}
      </>
    );
  }
  if (locked && user) return <LockScreen user={user} reason={problem} onSessionEnded={setSignInNotice} />;
  if (state === 'active' && user) return <ForcedPasswordChangeScreen user={user} />;
  return <SignedOutScreen notice={signInNotice} onDismissNotice={() => setSignInNotice(null)} />;
}
