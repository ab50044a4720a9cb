/**
 * Text that is the same for every secret, written once. The site passes
 * `sharedGuideComponents` to every guide's MDX, so guides use these components
 * without importing them, e.g. `<CommonLeakCauses name="this token" />`.
 *
 * `BestPracticesCommon` is rendered by the page itself in #best-practices, so
 * it is exported on its own and deliberately left out of the MDX components:
 * a guide that rendered it too would print the list twice.
 */
import BestPracticesCommon from './BestPracticesCommon.astro';
import CommonLeakCauses from './CommonLeakCauses.astro';
import CommonRisks from './CommonRisks.astro';
import FindConsumers from './FindConsumers.astro';
import MonitorAfterRotation from './MonitorAfterRotation.astro';
import RotationProcedure from './RotationProcedure.astro';
import WhoToTell from './WhoToTell.astro';

export { BestPracticesCommon };

export const sharedGuideComponents = {
  CommonLeakCauses,
  CommonRisks,
  FindConsumers,
  MonitorAfterRotation,
  RotationProcedure,
  WhoToTell,
};
