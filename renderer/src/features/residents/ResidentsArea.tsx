import { ComingSoon } from '../placeholder/ComingSoon';

/** The residents area: its routes live here (the app's area table mounts it at /residents/*). */
export function ResidentsArea() {
  return <ComingSoon area="residents" />;
}
