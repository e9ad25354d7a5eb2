import type { HoursProblem } from '../../../../shared/points/hours';

/** Hours over what the service allows; nothing was written. */
export class HoursRefused extends Error {
  constructor(readonly problems: HoursProblem[]) {
    super(problems.map((p) => `${p.volunteerId}: ${p.hours} h (${p.code}, at most ${p.max} h)`).join('; '));
    this.name = 'HoursRefused';
  }
}

/** A form's bad fields (named), or a refusal of the whole step; nothing was written. */
export class PointsInputRefused extends Error {
  constructor(readonly problems: { field: string; code: string }[]) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join('; '));
    this.name = 'PointsInputRefused';
  }
}
