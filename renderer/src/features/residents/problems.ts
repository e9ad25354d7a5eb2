import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';

/** A problem's field path (`disability.cardNo`, `demands.0.itemCode`) as antd's name path. */
export function namePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Shows each problem at its field; returns the first field's path so the form can scroll there. */
export function showProblems(form: FormInstance, t: TFunction, problems: { field: string; code: string }[]): void {
  form.setFields(problems.map((p) => ({ name: namePath(p.field), errors: [t(`residents.problem.${p.code}`)] })));
  if (problems[0]) form.scrollToField(namePath(problems[0].field));
}
