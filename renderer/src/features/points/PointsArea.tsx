import { ComingSoon } from '../placeholder/ComingSoon';

/** The points area: its routes live here (the app's area table mounts it at /points/*). */
export function PointsArea() {
  return <ComingSoon area="points" />;
}
