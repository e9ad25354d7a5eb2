import { z } from 'zod';
import { BRIDGE_LIMITS, type LianxinBridge } from '../shared/bridge';

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
