/**
 * The preload bridge contract, defined once: what the Electron preload exposes to the renderer
 * as `window.lianxin`, the IPC channel behind each method, and the limits main enforces.
 * The renderer must treat the bridge as optional: in a plain browser `window.lianxin` is
 * undefined and it falls back to downloads and `window.print()`.
 */

/** A file-type filter shown in native open/save dialogs, e.g. `{ name: 'Excel', extensions: ['xlsx'] }`. */
export interface FileFilter {
  name: string;
  /** Extensions without the dot; `*` means any file. */
  extensions: string[];
}

export interface SaveFileRequest {
  /** File name only (no folders); the operator picks the folder in the dialog. */
  suggestedName: string;
  data: Uint8Array;
  filters?: FileFilter[];
}

export interface SaveResult {
  saved: boolean;
  /** Where the file was written; absent when the operator cancelled. */
  path?: string;
}

export interface OpenFileRequest {
  filters?: FileFilter[];
  /** Refuse files larger than this; never more than BRIDGE_LIMITS.maxFileBytes. */
  maxBytes?: number;
}

export interface OpenedFile {
  /** Base name of the chosen file, without its folder. */
  name: string;
  data: Uint8Array;
}

export interface PrintToPdfRequest {
  suggestedName: string;
  landscape?: boolean;
}

/** One call of the station to the centre's API, made by the main process (docs/electron.md, "Reaching the centre"). */
export interface CentreRequest {
  method: 'GET' | 'POST';
  /** Path and query under the centre's address, e.g. `/api/sync/pull?limit=500`; only `/api/…` paths. */
  path: string;
  /** The only headers a station sends: its device credential and the body's type. */
  headers?: { authorization?: string; 'content-type'?: string };
  /** JSON text; main compresses large bodies itself. */
  body?: string;
}

/** Why a call to the centre got no answer at all, in the words the station shows. */
export type CentreFailure =
  /** No centre address is set yet. */
  | 'noAddress'
  /** The host name does not exist (a typing mistake in the address). */
  | 'notFound'
  /** Nothing listens there: the centre is down, or the port is wrong. */
  | 'refused'
  /** The centre did not answer in time. */
  | 'timeout'
  /** HTTPS: the centre's certificate is not trusted, expired or for another name. */
  | 'certificate'
  /** Any other network failure (cable out, Wi-Fi gone). */
  | 'network';

/** What came back: the centre's answer (any status), or why there was none. */
export type CentreAnswer =
  | { kind: 'answer'; status: number; contentType: string | null; retryAfter: string | null; body: string }
  | { kind: 'failure'; failure: CentreFailure; message: string };

/** Result of setting the centre's address: the address as kept, or why it was refused. */
export type SetCentreAddressResult = { ok: true; address: string } | { ok: false; problem: string };

/** The named methods of `window.lianxin`. Every argument is validated again in main. */
export interface LianxinBridge {
  /** Version of the installed desktop app (package.json `version`). */
  appVersion(): Promise<string>;
  /** Asks where to save, then writes `data` there. Resolves `{ saved: false }` on cancel. */
  saveFile(req: SaveFileRequest): Promise<SaveResult>;
  /** Asks for one file and reads it. Resolves `null` on cancel; rejects if it is too large. */
  openFile(req: OpenFileRequest): Promise<OpenedFile | null>;
  /** Prints the current window to an A4 PDF and asks where to save it. */
  printToPdf(req: PrintToPdfRequest): Promise<SaveResult>;
  /** The centre address main keeps in settings.json; null until one is set. */
  centreAddress(): Promise<string | null>;
  /** Checks and keeps a new centre address (settings.json); takes effect for the next call. */
  setCentreAddress(address: string): Promise<SetCentreAddressResult>;
  /** Calls the centre's API at the kept address. The page itself may connect nowhere but its own origin. */
  centreRequest(req: CentreRequest): Promise<CentreAnswer>;
}

/** One IPC channel per bridge method; the `satisfies` keeps the two lists from drifting apart. */
export const BRIDGE_CHANNELS = {
  appVersion: 'lianxin:app-version',
  saveFile: 'lianxin:save-file',
  openFile: 'lianxin:open-file',
  printToPdf: 'lianxin:print-to-pdf',
  centreAddress: 'lianxin:centre-address',
  setCentreAddress: 'lianxin:set-centre-address',
  centreRequest: 'lianxin:centre-request',
} as const satisfies Record<keyof LianxinBridge, `lianxin:${string}`>;

export type BridgeMethod = keyof typeof BRIDGE_CHANNELS;

/** Limits main enforces on renderer arguments; the renderer may check them first for a kinder message. */
export const BRIDGE_LIMITS = {
  /** Largest file read or written through the bridge (exports of a whole county fit easily). */
  maxFileBytes: 200 * 1024 * 1024,
  /** Longest suggested file name, in UTF-16 code units (well inside every file system's limit). */
  maxNameLength: 200,
  maxFilters: 20,
  maxExtensionsPerFilter: 20,
  maxFilterNameLength: 100,
  /**
   * Longest body sent to the centre: the protocol's push limit (MAX_BODY_BYTES in
   * shared/sync/protocol.ts, checked equal in electron/ipc.test.ts; not imported, so the
   * preload bundle stays free of zod).
   */
  maxCentreBodyBytes: 5 * 1024 * 1024,
  /** Longest credential header (a device credential is ~50 characters). */
  maxAuthorizationLength: 300,
} as const;

declare global {
  interface Window {
    /** Present only inside the Lianxin desktop app. */
    lianxin?: LianxinBridge;
  }
}
