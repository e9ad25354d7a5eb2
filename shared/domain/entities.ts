/**
 * Every record Lianxin keeps (DOMAIN.md, "Records to keep"), as plain data shared by the
 * renderer's local database, the centre and the demo city. Field names are English; the
 * Chinese term appears once in each type's doc comment.
 */
import type { OrgPath } from '../org/org-path';
import type { RequestEventKind } from '../requests/events';

/** ISO-8601 timestamp, e.g. `2026-11-28T08:30:00.000Z`. */
export type IsoTime = string;
/** Calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Fields every synced record carries. */
export interface BaseRecord {
  /** Time-sortable id generated where the record was created (shared/ids). */
  id: string;
  /** Owner org unit; its subtree is a prefix (shared/org). */
  orgPath: OrgPath;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  /** Operator who made the last change (local operator id, or `centre`). */
  updatedBy: string;
  /** Soft delete: a deletion must travel to other replicas like any other change. */
  deleted?: boolean;
}

/** 组织单元 org unit: city, county station, town sub-station or village service point. */
export interface OrgUnit {
  path: OrgPath;
  name: string;
  level: OrgLevel;
  parentPath: OrgPath | null;
  /** GB/T 2260 area code where known (city and counties). */
  areaCode?: string;
  address?: string;
  phone?: string;
  /** 联系人 the unit's contact person. */
  contactPerson?: string;
  /** Location (WGS-84 degrees), where the centre knows it. */
  lat?: number;
  lng?: number;
  /** 已撤销: kept so old records still show its name; no longer offered for enrolment or setup. */
  retired?: boolean;
}
export type OrgLevel = 'city' | 'county' | 'town' | 'village';

/**
 * An org unit as the centre keeps it (docs/org-tree.md): a record of the centre-owned,
 * shared-down table `orgUnits`, owned by the city's path, one per unit, id `org:<path>`. The
 * unit's own path is the field `path`; `orgPath` is the owner (always the city).
 */
export interface OrgUnitRecord extends BaseRecord, OrgUnit {}

/** 操作员 operator: a local account on one station PC, never synced. */
export interface Operator {
  id: string;
  name: string;
  role: OperatorRole;
  /** PBKDF2-SHA256 of the PIN, hex; see renderer/src/session/pin.ts. */
  pinHash: string;
  pinSalt: string;
  createdAt: IsoTime;
  disabled?: boolean;
}
/** 办事员 clerk, 站点管理员 station admin, 督办员 supervisor. */
export type OperatorRole = 'clerk' | 'stationAdmin' | 'supervisor';

export type Gender = 'male' | 'female';
export type PoliticalStatus = 'partyMember' | 'leagueMember' | 'masses';

/** 志愿者 volunteer (民政部《志愿服务记录办法》). */
export interface Volunteer extends BaseRecord {
  /** 志愿者统一编号: travels instead of the ID number. */
  volunteerNo: string;
  name: string;
  /** Pinyin full and initials, for search (`zhang san`, `zs`). */
  namePinyin: string;
  nameInitials: string;
  gender: Gender;
  birthDate: IsoDate;
  /** 身份证号 resident ID (GB 11643); held only inside the owning subtree. */
  idNumber: string;
  mobile: string;
  politicalStatus: PoliticalStatus;
  partyBranch?: string;
  professionalField?: string;
  skills: string[];
  teamIds: string[];
  /** Home service point (village path). */
  servicePoint: OrgPath;
  availability?: string;
  status: 'active' | 'inactive' | 'left';
  /** Accumulated service hours, maintained from service records. */
  totalHours: number;
}

/** 服务队 service team. */
export interface Team extends BaseRecord {
  name: string;
  type: 'health' | 'legal' | 'financial' | 'life' | 'care' | 'emergency' | 'other';
  level: OrgLevelName;
  leaderId?: string;
  parentTeamId?: string;
  serviceObjects?: string;
}
export type OrgLevelName = OrgLevel;

/** 工作室 specialist studio led by a star party member. */
export interface Studio extends BaseRecord {
  name: string;
  leaderId: string;
  speciality: string;
  memberIds: string[];
}

/** 加盟企业 affiliated enterprise (paid house calls). */
export interface Enterprise extends BaseRecord {
  name: string;
  /** 统一社会信用代码 (GB 32100-2015). */
  creditCode: string;
  serviceItemCodes: string[];
  area: string;
  contactName: string;
  contactMobile: string;
  joinDate: IsoDate;
  complaints: number;
  satisfactionRate?: number;
}

/** 一技之长服务者 individual skilled provider. */
export interface Provider extends BaseRecord {
  name: string;
  mobile: string;
  skills: string[];
  serviceItemCodes: string[];
  area: string;
  joinDate: IsoDate;
  complaints: number;
  satisfactionRate?: number;
}

/** 服务类别 service category (one of five). */
export interface ServiceCategory extends BaseRecord {
  code: string;
  name: string;
}
/** 服务项目 service item of the catalogue; shared down from the city centre. */
export interface ServiceItem extends BaseRecord {
  code: string;
  categoryCode: string;
  name: string;
  keywords: string[];
  defaultType: RequestType;
  timeLimitTier: TimeLimitTier;
  /** Free volunteer work or paid provider work. */
  kind: 'volunteer' | 'provider';
  skills: string[];
  /** Retired by the centre: still names old requests, no longer offered at intake. */
  retired?: boolean;
}

/**
 * 工作日历 the work calendar time limits are counted in (shared/requests/work-calendar.ts), one
 * record kept by the city centre (id `jx`, org path `JX`) and shared down with the catalogue.
 */
export interface WorkCalendarRecord extends BaseRecord {
  utcOffsetMinutes: number;
  periods: { start: string; end: string }[];
  weekend: number[];
  holidays: IsoDate[];
  workdays: IsoDate[];
}

/** 咨询 consultation, 求助 help, 投诉 complaint, 建议 suggestion. */
export type RequestType = 'consultation' | 'help' | 'complaint' | 'suggestion';
/** 热线 hotline, 走访 visit, 来访 walk-in, app, 其他 other. */
export type RequestSource = 'hotline' | 'visit' | 'walkIn' | 'app' | 'other';
export type Urgency = 'normal' | 'urgent' | 'emergency';
export type TimeLimitTier = 'sameDay' | 'threeDays' | 'sevenDays' | 'thirteenDays';
export type RequestStatus =
  | 'intake'
  | 'dispatched'
  | 'accepted'
  | 'inProgress'
  | 'completed'
  | 'callbackDone'
  | 'archived'
  | 'returned'
  | 'escalated'
  /** Called back not satisfied: waits to be dispatched again (重办). */
  | 'redo';

/** 工单 work order: a help request. Its status is derived from its events. */
export interface HelpRequest extends BaseRecord {
  /** Human-readable number, e.g. `JX20261128-0001`. */
  number: string;
  callerName: string;
  callerPinyin: string;
  callerInitials: string;
  callerMobile: string;
  residentId?: string;
  address: string;
  itemCode: string;
  categoryCode: string;
  type: RequestType;
  source: RequestSource;
  urgency: Urgency;
  description: string;
  /** Derived from the events (shared/requests/lifecycle); kept on the record for indexed lists. */
  status: RequestStatus;
  /** The org unit that must act now (the owner, or where it was escalated/sent down to). */
  holderPath?: OrgPath;
  /** How often it was returned, extended and redone: what supervisors check. */
  returns?: number;
  extensions?: number;
  redos?: number;
  receivedAt: IsoTime;
  /** `null` once cleared (a paused clock has no due time; a returned request no assignee). */
  dueAt?: IsoTime | null;
  closedAt?: IsoTime | null;
  assigneeKind?: 'volunteer' | 'team' | 'enterprise' | 'provider' | 'orgUnit' | null;
  assigneeId?: string | null;
  satisfaction?: 'satisfied' | 'basicallySatisfied' | 'dissatisfied';
  supervision?: 'normal' | 'yellow' | 'red';
  /**
   * Events that could not apply where they fell once the events of several stations were
   * merged (an impossible combination, e.g. two stations completing and returning at once):
   * derived from the state machine, for a human to resolve. Each replica derives it like
   * `status`: stations never push it; the centre sends its own derivation, which stations
   * ignore in favour of theirs (same events, same order, same result).
   */
  flags?: RequestFlag[];
}

/** One event the merged order could not apply (see HelpRequest.flags). */
export interface RequestFlag {
  eventId: string;
  kind: RequestEventKind;
  reason: string;
  message: string;
}

/** 工单事件 an append-only workflow step of a request. */
export interface RequestEvent extends BaseRecord {
  requestId: string;
  kind: RequestEventKind;
  /** HLC of the event: orders events from all stations (shared/requests/lifecycle). */
  hlc: string;
  role?: OperatorRole;
  at: IsoTime;
  operatorId: string;
  stationPath: OrgPath;
  data: Record<string, unknown>;
}

/** 弱势群体 vulnerable resident. Categories combine. */
export interface Resident extends BaseRecord {
  name: string;
  namePinyin: string;
  nameInitials: string;
  idNumber?: string;
  mobile?: string;
  address: string;
  categories: ResidentCategory[];
  disability?: { cardNo: string; type: 'visual' | 'hearing' | 'speech' | 'physical' | 'intellectual' | 'mental'; grade: 1 | 2 | 3 | 4; guardian?: string };
  elderly?: { livingSituation: 'emptyNest' | 'alone'; spouse?: string; incomeSource?: string };
  emergencyContact?: string;
  needs?: string;
  riskLevel: 'low' | 'medium' | 'high';
  notes?: string;
  /** The address and its suffixes from each part (town, village, group…), for address search (shared/residents/search). */
  addressKeys?: string[];
}
export type ResidentCategory = 'disabled' | 'elderly' | 'lowIncome' | 'partyMemberInDifficulty';

/** 结对 pairing of a party member with a household. */
export interface Pairing extends BaseRecord {
  volunteerId: string;
  residentId: string;
  frequency: 'weekly' | 'monthly' | 'quarterly';
  startDate: IsoDate;
  endDate?: IsoDate;
  /** Date of the latest visit that served this pairing; the schedule counts from it (shared/residents/visit-schedule). */
  lastVisitDate?: IsoDate;
  /** When the next visit is due; `null` once the pairing asks for none. Kept for the plan's index. */
  nextDue?: IsoDate | null;
  /** The member's service point when paired: a different one now means they moved (re-pairing list). */
  volunteerServicePoint?: OrgPath;
}

/** 走访 visit to a household. */
export interface Visit extends BaseRecord {
  residentId: string;
  pairingId?: string;
  date: IsoDate;
  visitorIds: string[];
  findings: string;
  followUp?: string;
  requestIds: string[];
  /** Hours served at the household, travel excluded (for service records). */
  hours?: number;
  /** How many photos were taken (in `visitPhotos`), so a list can say so without loading them. */
  photoCount?: number;
}

/**
 * 走访照片 a photo taken on a household visit, kept apart from the visit so visit lists never load
 * image bytes. Downscaled on the station before it is stored (shared/residents/photos.ts).
 */
export interface VisitPhoto extends BaseRecord {
  visitId: string;
  takenAt: IsoTime;
  mime: 'image/jpeg';
  width: number;
  height: number;
  /** The JPEG, base64 (no `data:` prefix). */
  data: string;
}

/**
 * 企业走访检查项目 the checklist an org unit visits enterprises with, set for itself and every
 * station below it (shared down). One record per unit that configured one, its id derived from
 * the unit's path (shared/residents/checklist.ts), so two PCs of one station write one record.
 */
export interface EnterpriseChecklist extends BaseRecord {
  items: string[];
  /** The unit went back to the list of the level above; its own items are kept for next time. */
  inherit?: boolean;
}

/** 服务企业 an enterprise served by a district's visit team (second article). */
export interface ServedEnterprise extends BaseRecord {
  name: string;
  creditCode: string;
  address: string;
  industry: string;
  contactName: string;
  contactMobile: string;
  teamId?: string;
}

/** 企业走访台账 one enterprise visit in the ledger. */
export interface EnterpriseVisit extends BaseRecord {
  enterpriseId: string;
  date: IsoDate;
  visitorIds: string[];
  checklist: { item: string; passed: boolean; note?: string }[];
  findings: string;
  needs: string;
  requestIds: string[];
  /** The enterprise's responsible team on the day of the visit, so the ledger per team does not move with later changes. */
  teamId?: string;
}

/** 活动 organised activity with a sign-in list. */
export interface Activity extends BaseRecord {
  title: string;
  place: string;
  startAt: IsoTime;
  endAt: IsoTime;
  personInCharge: string;
  attendeeIds: string[];
}

/** 服务记录 service record: hours a volunteer served. */
export interface ServiceRecord extends BaseRecord {
  volunteerId: string;
  source: 'request' | 'visit' | 'activity';
  sourceId: string;
  date: IsoDate;
  place: string;
  beneficiary: string;
  content: string;
  /** Hours served, travel excluded. */
  hours: number;
  quality?: 1 | 2 | 3 | 4 | 5;
  personInCharge: string;
  recorder: string;
  /** The request event (办结) that produced it, when from a request. */
  eventId?: string;
  /** When the service began and ended, where known: decides the night multiplier (shared/points). */
  startAt?: IsoTime;
  endAt?: IsoTime;
  /** Urgent or emergency request: the urgency multiplier applies. */
  urgent?: boolean;
  /** The callback's verdict on the request it served: satisfaction bonus or deduction. */
  satisfaction?: 'satisfied' | 'basicallySatisfied' | 'dissatisfied';
  /**
   * Set by the centre, never by a station: the completion (`eventId`) this record credits did
   * not take effect once the events of several stations were merged (two stations completed
   * the same request at once; see HelpRequest.flags). Its hours and points do not count while
   * set; cleared again if a later merge lets the completion apply.
   */
  voided?: boolean;
}

/** 积分规则 points rule set, configured by the city centre. */
export interface PointsRule extends BaseRecord {
  name: string;
  pointsPerHour: number;
  multipliers: { urgent: number; night: number; holiday: number };
  satisfactionBonus: number;
  yearlyReset: boolean;
  carryOverRate: number;
  effectiveFrom: IsoDate;
  /** Points taken off a record whose callback was not satisfied. */
  deductions?: { dissatisfied: number };
  /** Hours for ★ … ★★★★★, ascending (default 100/300/600/1000/1500). */
  starThresholds?: number[];
  /** Criteria of the annual excellent-volunteer candidate list. */
  excellent?: { minHours: number; minRecords: number; maxDissatisfied: number };
}

/** 积分流水 one points ledger entry, traceable to the record and rule. */
export interface PointsEntry extends BaseRecord {
  volunteerId: string;
  points: number;
  reason: 'service' | 'bonus' | 'deduction' | 'redemption' | 'carryOver';
  serviceRecordId?: string;
  ruleId?: string;
  at: IsoTime;
}

/** 兑换 redemption of points for goods at a station. */
export interface Redemption extends BaseRecord {
  volunteerId: string;
  goods: string;
  points: number;
  at: IsoTime;
  /** HLC of the redemption: orders redemptions of several stations the same way everywhere. */
  hlc?: string;
  /** The station that handed out the goods. */
  stationPath?: OrgPath;
}

/** 星级 star rating granted to a volunteer, with its history. */
export interface StarRating extends BaseRecord {
  volunteerId: string;
  stars: 1 | 2 | 3 | 4 | 5;
  hoursAtGrant: number;
  grantedBy: string;
  grantedAt: IsoTime;
  /** Who is entitled to it: county (1–2★), city (3–4★), or granted outside (the province, 5★). */
  level?: 'county' | 'city' | 'external';
  /** The station that recorded the grant. */
  stationPath?: OrgPath;
  note?: string;
}

/** 阵地 venue: party-mass service centre, city station, community living room. */
export interface Venue extends BaseRecord {
  name: string;
  type: 'serviceCentre' | 'cityStation' | 'livingRoom';
  amenities: string[];
  hours: string;
  location?: { lat: number; lng: number };
}

/** 公益创投 public-welfare venture project. */
export interface VentureProject extends BaseRecord {
  name: string;
  proposer: string;
  category: string;
  fundingYuan: number;
  startDate: IsoDate;
  endDate: IsoDate;
  status: 'applied' | 'approved' | 'running' | 'closed';
  outputs?: string;
}

/** 培训 training course. */
export interface Training extends BaseRecord {
  course: string;
  kind: 'preService' | 'professional';
  date: IsoDate;
  hours: number;
  attendeeIds: string[];
}

/** 审计日志 audit entry: who saw an unmasked sensitive field. */
export interface AuditEntry extends BaseRecord {
  operatorId: string;
  action: 'viewUnmasked' | 'export';
  table: string;
  recordId: string;
  at: IsoTime;
}

/** Synced record tables, by name. The local database and the centre both use these names. */
export interface SyncedTables {
  volunteers: Volunteer;
  teams: Team;
  studios: Studio;
  enterprises: Enterprise;
  providers: Provider;
  serviceCategories: ServiceCategory;
  serviceItems: ServiceItem;
  workCalendars: WorkCalendarRecord;
  requests: HelpRequest;
  requestEvents: RequestEvent;
  residents: Resident;
  pairings: Pairing;
  visits: Visit;
  servedEnterprises: ServedEnterprise;
  enterpriseVisits: EnterpriseVisit;
  activities: Activity;
  serviceRecords: ServiceRecord;
  pointsRules: PointsRule;
  pointsEntries: PointsEntry;
  redemptions: Redemption;
  starRatings: StarRating;
  venues: Venue;
  ventureProjects: VentureProject;
  trainings: Training;
  auditLog: AuditEntry;
  visitPhotos: VisitPhoto;
  enterpriseChecklists: EnterpriseChecklist;
  orgUnits: OrgUnitRecord;
}
export type SyncedTableName = keyof SyncedTables;

export const SYNCED_TABLES = [
  'volunteers', 'teams', 'studios', 'enterprises', 'providers', 'serviceCategories', 'serviceItems', 'workCalendars',
  'requests', 'requestEvents', 'residents', 'pairings', 'visits', 'servedEnterprises', 'enterpriseVisits',
  'activities', 'serviceRecords', 'pointsRules', 'pointsEntries', 'redemptions', 'starRatings', 'venues',
  'ventureProjects', 'trainings', 'auditLog', 'visitPhotos', 'enterpriseChecklists', 'orgUnits',
] as const satisfies readonly SyncedTableName[];

/**
 * Tables whose records are shared down the tree: a station sees those owned by its
 * ancestors as well as its own subtree (ARCHITECTURE.md, "Scope").
 */
export const SHARED_DOWN_TABLES: readonly SyncedTableName[] = [
  'serviceCategories', 'serviceItems', 'workCalendars', 'teams', 'studios', 'enterprises', 'providers', 'venues', 'pointsRules', 'enterpriseChecklists', 'orgUnits',
];

/**
 * Tables only the city centre writes: a station's push of any of their records is refused
 * (`readOnly`), even from the city's own station, whose subtree holds them.
 */
export const CENTRE_OWNED_TABLES: readonly SyncedTableName[] = ['orgUnits'];
