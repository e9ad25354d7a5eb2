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
}

/** One IPC channel per bridge method; the `satisfies` keeps the two lists from drifting apart. */
export const BRIDGE_CHANNELS = {
  appVersion: 'lianxin:app-version',
  saveFile: 'lianxin:save-file',
  openFile: 'lianxin:open-file',
  printToPdf: 'lianxin:print-to-pdf',
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
} as const;

declare global {
  interface Window {
    /** Present only inside the Lianxin desktop app. */
    lianxin?: LianxinBridge;
  }
}
