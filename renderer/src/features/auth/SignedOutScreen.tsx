import { useState } from 'react';
import { LoginScreen } from './LoginScreen';
import { RecoverAccountScreen } from './RecoverAccountScreen';

interface SignedOutScreenProps {
  notice: string | null;
  onDismissNotice: () => void;
}

/** Sign-in, with the way round a forgotten password: the office recovery key. */
export function SignedOutScreen({ notice, onDismissNotice }: SignedOutScreenProps) {
  const [recovering, setRecovering] = useState(false);
  if (recovering) return <RecoverAccountScreen onCancel={() => setRecovering(false)} />;
  const recover = () => {
    onDismissNotice();
    setRecovering(true);
  };
  return <LoginScreen notice={notice} onSignedIn={onDismissNotice} onForgotPassword={recover} />;
}
