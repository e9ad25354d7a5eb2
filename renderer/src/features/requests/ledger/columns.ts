/**
 * The columns of the 工单台账 (request ledger), once for the Excel export and the print view.
 * Values are plain text in the operator's language; times in China time, as on paper ledgers.
 */
import type { TFunction } from 'i18next';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { catalogue, catalogueItem } from '../../../catalogue/live';
import { orgName } from '../../../../../shared/org/org-tree';

export interface LedgerColumn {
  key: string;
  header: (t: TFunction) => string;
  /** Width in Excel characters; the print view scales the same proportions. */
  width: number;
  value: (r: HelpRequest, t: TFunction) => string | number;
}

const CST = 8 * 3_600_000;
/** `2026-11-28 15:50` in China time, whatever the PC's zone. */
export function cstText(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + CST).toISOString().slice(0, 16).replace('T', ' ');
}

const field = (name: string) => (t: TFunction) => t(`requests.field.${name}`);
const categoryName = (code: string) => catalogue().categories.find((c) => c.code === code)?.name ?? code;

export const LEDGER_COLUMNS: LedgerColumn[] = [
  { key: 'number', header: field('number'), width: 17, value: (r) => r.number },
  { key: 'receivedAt', header: field('receivedAt'), width: 17, value: (r) => cstText(r.receivedAt) },
  { key: 'callerName', header: field('callerName'), width: 9, value: (r) => r.callerName },
  { key: 'callerMobile', header: field('callerMobile'), width: 13, value: (r) => r.callerMobile },
  { key: 'address', header: field('address'), width: 28, value: (r) => r.address },
  { key: 'category', header: field('category'), width: 10, value: (r) => categoryName(r.categoryCode) },
  { key: 'item', header: field('itemCode'), width: 14, value: (r) => catalogueItem(r.itemCode)?.name ?? r.itemCode },
  { key: 'type', header: field('type'), width: 6, value: (r, t) => t(`requests.type.${r.type}`) },
  { key: 'source', header: field('source'), width: 9, value: (r, t) => t(`requests.source.${r.source}`) },
  { key: 'description', header: field('description'), width: 40, value: (r) => r.description },
  { key: 'status', header: field('status'), width: 8, value: (r, t) => t(`requests.status.${r.status}`) },
  { key: 'dueAt', header: field('dueAt'), width: 17, value: (r) => cstText(r.dueAt) },
  { key: 'holder', header: field('holder'), width: 12, value: (r) => orgName(r.holderPath ?? r.orgPath) },
  { key: 'closedAt', header: (t) => t('requestList.ledger.closedAt'), width: 17, value: (r) => cstText(r.closedAt) },
  { key: 'satisfaction', header: field('satisfaction'), width: 9, value: (r, t) => (r.satisfaction ? t(`requests.satisfaction.${r.satisfaction}`) : '') },
];

/** The print view leaves out the long description: an A4 landscape row has no room for it. */
export const PRINT_COLUMNS = LEDGER_COLUMNS.filter((c) => c.key !== 'description' && c.key !== 'category');
