/**
 * What a clerk types when taking a call (受理), and the checks it must pass: one module for the
 * intake screen, importers and the centre. Every problem names its field so the screen can show
 * it in place; nothing is saved while any remains.
 */
import { catalogueItem, type CatalogueItem } from '../catalogue/catalogue';
import { isValidMobile, normaliseMobile } from '../validation/mobile';
import type { RequestSource, RequestType, Urgency } from '../domain/entities';
import { isWithin, type OrgPath } from '../org/org-path';
import { orgUnit } from '../org/org-tree';

export interface RequestInput {
  callerName: string;
  callerMobile: string;
  address: string;
  itemCode: string;
  type: RequestType;
  source: RequestSource;
  urgency: Urgency;
  description: string;
  residentId?: string;
  /**
   * The unit whose area the request serves (归属), when not the station's own: a town or the city
   * taking a call for a village's resident names the village, so the village's station receives it.
   */
  orgPath?: OrgPath;
}
export type RequestField = keyof RequestInput;
export interface RequestProblem {
  field: RequestField;
  code: 'required' | 'tooLong' | 'tooShort' | 'mobile' | 'unknownItem' | 'invalidChoice' | 'outsideArea';
}

export const REQUEST_TYPES: readonly RequestType[] = ['consultation', 'help', 'complaint', 'suggestion'];
export const REQUEST_SOURCES: readonly RequestSource[] = ['hotline', 'visit', 'walkIn', 'app', 'other'];
export const URGENCIES: readonly Urgency[] = ['normal', 'urgent', 'emergency'];
export const LIMITS = { callerName: 30, address: 120, descriptionMin: 4, description: 1000 } as const;

export type CheckedRequest = { ok: true; value: RequestInput; item: CatalogueItem } | { ok: false; problems: RequestProblem[] };

/** `stationPath`: the station taking it, whose own area (itself or a unit below) the request must belong to. */
export function checkRequestInput(input: Partial<RequestInput>, stationPath?: OrgPath): CheckedRequest {
  const problems: RequestProblem[] = [];
  const text = (field: 'callerName' | 'address' | 'description', max: number, min = 1) => {
    const value = (input[field] ?? '').trim();
    if (!value) problems.push({ field, code: 'required' });
    else if (value.length > max) problems.push({ field, code: 'tooLong' });
    else if (value.length < min) problems.push({ field, code: 'tooShort' });
    return value;
  };
  const callerName = text('callerName', LIMITS.callerName);
  const address = text('address', LIMITS.address);
  const description = text('description', LIMITS.description, LIMITS.descriptionMin);

  const callerMobile = normaliseMobile(input.callerMobile ?? '');
  if (!callerMobile) problems.push({ field: 'callerMobile', code: 'required' });
  else if (!isValidMobile(callerMobile)) problems.push({ field: 'callerMobile', code: 'mobile' });

  const item = input.itemCode ? catalogueItem(input.itemCode) : undefined;
  if (!input.itemCode) problems.push({ field: 'itemCode', code: 'required' });
  else if (!item) problems.push({ field: 'itemCode', code: 'unknownItem' });

  const choice = <T extends string>(field: 'type' | 'source' | 'urgency', allowed: readonly T[]): T => {
    const value = input[field] as T | undefined;
    if (!value) problems.push({ field, code: 'required' });
    else if (!allowed.includes(value)) problems.push({ field, code: 'invalidChoice' });
    return value as T;
  };
  const type = choice('type', REQUEST_TYPES);
  const source = choice('source', REQUEST_SOURCES);
  const urgency = choice('urgency', URGENCIES);

  const orgPath = input.orgPath || undefined;
  if (orgPath && (!orgUnit(orgPath) || (stationPath !== undefined && !isWithin(orgPath, stationPath)))) problems.push({ field: 'orgPath', code: 'outsideArea' });

  if (problems.length > 0 || !item) return { ok: false, problems };
  const value: RequestInput = { callerName, callerMobile, address, itemCode: item.code, type, source, urgency, description };
  if (input.residentId) value.residentId = input.residentId;
  if (orgPath) value.orgPath = orgPath;
  return { ok: true, value, item };
}
