import { ComingSoon } from '../placeholder/ComingSoon';

/** The dashboard area: its routes live here (the app's area table mounts it at /dashboard/*). */
export function DashboardArea() {
  return <ComingSoon area="dashboard" />;
}
