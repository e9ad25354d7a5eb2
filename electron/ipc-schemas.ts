import { z } from 'zod';
import { BRIDGE_LIMITS, type BridgeMethod, type LianxinBridge } from '../shared/bridge';
import { isCentreApiPath, MAX_CENTRE_ADDRESS_LENGTH } from '../shared/sync/centre-address';

/** Device names Windows reserves in every folder; a file called `CON.xlsx` cannot be created. */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;

const hasControlCharacter = (text: string): boolean =>
  [...text].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

/**
 * A bare file name that is valid on Windows and Linux. Refused rather than cleaned up: the
 * renderer builds these names itself, so a bad one is a bug to surface, not to hide.
 */
export const fileNameSchema = z
  .string({ error: 'must be a string' })
  .min(1, 'must not be empty')
  .max(BRIDGE_LIMITS.maxNameLength, `must be at most ${BRIDGE_LIMITS.maxNameLength} characters`)
  .refine((name) => !/[/\\]/.test(name), 'must not contain path separators (/ or \\)')
  .refine((name) => name !== '.' && name !== '..', 'must not be . or ..')
  .refine((name) => !hasControlCharacter(name), 'must not contain control characters')
  .refine((name) => !WINDOWS_FORBIDDEN.test(name), 'must not contain any of < > : " | ? *')
  .refine((name) => !/[. ]$/.test(name), 'must not end with a dot or a space')
  .refine((name) => !WINDOWS_DEVICE_NAME.test(name), 'is a reserved device name on Windows');

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

export const fileDataSchema = z
  .instanceof(Uint8Array, { error: 'must be a Uint8Array' })
  .refine((data) => data.byteLength <= BRIDGE_LIMITS.maxFileBytes, `must be at most ${megabytes(BRIDGE_LIMITS.maxFileBytes)}`);

export const fileFiltersSchema = z
  .array(
    z.strictObject({
      name: z.string().min(1).max(BRIDGE_LIMITS.maxFilterNameLength),
      extensions: z
        .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'must be an extension without the dot, or *'))
        .min(1)
        .max(BRIDGE_LIMITS.maxExtensionsPerFilter),
    }),
  )
  .max(BRIDGE_LIMITS.maxFilters)
  .optional();

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).byteLength;

export const centreRequestSchema = z.strictObject({
  method: z.enum(['GET', 'POST']),
  path: z.string().max(1200).refine(isCentreApiPath, 'must be a centre API path (/api/…)'),
  headers: z
    .strictObject({
      authorization: z.string().max(BRIDGE_LIMITS.maxAuthorizationLength).regex(/^Bearer [\x21-\x7e]+$/, 'must be Bearer <credential>').optional(),
      'content-type': z.literal('application/json').optional(),
    })
    .optional(),
  body: z
    .string()
    .max(BRIDGE_LIMITS.maxCentreBodyBytes)
    .refine((body) => utf8Bytes(body) <= BRIDGE_LIMITS.maxCentreBodyBytes, `must be at most ${megabytes(BRIDGE_LIMITS.maxCentreBodyBytes)}`)
    .optional(),
});

/** The argument list of each bridge method, exactly as the renderer must send it. */
export const bridgeArgumentSchemas = {
  appVersion: z.tuple([]),
  saveFile: z.tuple([z.strictObject({ suggestedName: fileNameSchema, data: fileDataSchema, filters: fileFiltersSchema })]),
  openFile: z.tuple([
    z.strictObject({
      filters: fileFiltersSchema,
      maxBytes: z.number().int().positive().max(BRIDGE_LIMITS.maxFileBytes).optional(),
    }),
  ]),
  printToPdf: z.tuple([z.strictObject({ suggestedName: fileNameSchema, landscape: z.boolean().optional() })]),
  centreAddress: z.tuple([]),
  setCentreAddress: z.tuple([z.string().max(MAX_CENTRE_ADDRESS_LENGTH * 2)]),
  centreRequest: z.tuple([centreRequestSchema]),
} satisfies { [M in keyof LianxinBridge]: z.ZodType<Parameters<LianxinBridge[M]>> };

/** One line naming each problem, e.g. `suggestedName: must not contain path separators (/ or \)`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      // The first path element is the argument's position; the renderer knows its fields by name.
      if (issue.path.length === 0 && (issue.code === 'too_small' || issue.code === 'too_big')) {
        return `wrong number of arguments (${issue.message})`;
      }
      const field = issue.path.slice(1).join('.');
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * The arguments of one bridge call once they match the method's schema; else an error naming
 * each problem. Main calls this before any handler sees an argument (ipc.ts); so does the
 * stand-in bridge of the installed-app e2e test, so both refuse the same calls.
 */
export function parseBridgeArguments<M extends BridgeMethod>(method: M, args: unknown[]): Parameters<LianxinBridge[M]> {
  const parsed = bridgeArgumentSchemas[method].safeParse(args);
  if (!parsed.success) throw new Error(`Lianxin bridge refused ${method}: ${describeIssues(parsed.error)}`);
  return parsed.data as Parameters<LianxinBridge[M]>;
}
