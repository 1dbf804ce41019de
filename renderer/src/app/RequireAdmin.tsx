import { Navigate, Outlet } from 'react-router';
import { useActiveSession } from './ActiveSession';
import { paths } from './paths';

/** Administration pages are for administrators; anyone else (say, after another user signs in here) goes home. */
export function RequireAdmin() {
  const { user } = useActiveSession();
  return user.role === 'admin' ? <Outlet /> : <Navigate to={paths.home} replace />;
}
