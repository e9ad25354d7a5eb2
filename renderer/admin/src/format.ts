import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { orgName } from '../../../shared/org/org-tree';
import { isValidOrgPath } from '../../../shared/org/org-path';
import { ApiError } from './api';

export const formatTime = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

/** An org path with its unit's name, e.g. "JX/NH/T10 大桥镇". */
export function orgLabel(path: string): string {
  if (!isValidOrgPath(path)) return path;
  const name = orgName(path);
  return name && name !== path ? `${path} ${name}` : path;
}

/** A refusal or failure in the user's language; the centre's own words only as the detail of bad input. */
export function errorText(t: TFunction, e: unknown): string {
  if (!(e instanceof ApiError)) return t('errors.other', { message: String((e as Error)?.message ?? e) });
  switch (e.code) {
    case 'unauthorised':
    case 'forbidden':
    case 'not_found':
    case 'wrong_credentials':
    case 'disabled':
      return t(`errors.${e.code}`);
    case 'locked':
      return t('errors.locked', { until: formatTime(String(e.extra.lockedUntil ?? '')) });
    case 'rate_limited':
      return t('errors.rate_limited', { seconds: Number(e.extra.retryAfterSeconds ?? 30) });
    case 'conflict':
    case 'bad_request':
      return t(`errors.${e.code}`, { message: e.message });
    case 'network':
      return t('errors.network', { message: e.message });
    default:
      return t('errors.other', { message: e.message });
  }
}
