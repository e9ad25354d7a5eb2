/**
 * Enter moves to the next field of the intake form, as clerks used to green-screen forms expect;
 * Ctrl+Enter saves from anywhere. Fields are found by `data-intake-field` in document order.
 */
import type { KeyboardEvent } from 'react';

export function focusField(root: HTMLElement | null, name: string): void {
  const field = root?.querySelector<HTMLElement>(`[data-intake-field="${name}"]`);
  // A radio group takes focus on its checked option, like Tab does.
  const target = field?.querySelector<HTMLElement>('input:checked') ?? field?.querySelector<HTMLElement>('input, textarea') ?? field;
  target?.focus();
}

export function focusNext(root: HTMLElement | null, from: Element): boolean {
  const fields = [...(root?.querySelectorAll<HTMLElement>('[data-intake-field]') ?? [])];
  const index = fields.findIndex((f) => f.contains(from));
  const next = index >= 0 ? fields[index + 1] : undefined;
  if (!next) return false;
  focusField(root, next.dataset.intakeField ?? '');
  return true;
}

/** Key handling for the whole form; `save` on Ctrl/⌘+Enter. */
export function handleIntakeKey(e: KeyboardEvent<HTMLElement>, root: HTMLElement | null, save: () => void): void {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
  if (e.ctrlKey || e.metaKey) {
    e.preventDefault();
    save();
    return;
  }
  const target = e.target as HTMLElement;
  // The item picker moves on when an item is chosen; the description keeps Enter for new lines.
  if (target.tagName === 'TEXTAREA' || target.closest('[data-intake-field="itemCode"]')) return;
  if (target.tagName === 'INPUT' && focusNext(root, target)) e.preventDefault();
}
