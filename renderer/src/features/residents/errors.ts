/** A form's input was refused; nothing was written. Each problem names its field, for the form to show in place. */
export class InputRejected extends Error {
  constructor(readonly problems: { field: string; code: string }[]) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join('; '));
    this.name = 'InputRejected';
  }
}

/** The operator's role does not allow this. */
export class NotAllowed extends Error {
  constructor(action: string) {
    super(`not allowed: ${action}`);
    this.name = 'NotAllowed';
  }
}
