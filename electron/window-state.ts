import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WINDOW_SIZE = { width: 1024, height: 640 } as const;
const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Bounds of the window when not maximised; absent x/y means "let the OS place it". */
  bounds: Rectangle | { width: number; height: number };
  maximized: boolean;
}

const savedState = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int(), height: z.number().int() }),
  maximized: z.boolean(),
});

/**
 * How much of the window's top strip must lie on one display for the saved place to be
 * reused: enough to grab the title bar and drag the window back.
 */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 32;

/**
 * The state to open the main window with: the saved one if its title bar is still on a
 * connected display (a station PC's second monitor is often unplugged), else a default size
 * centred by the OS. The maximised flag survives either way.
 */
export function restoreWindowState(saved: unknown, workAreas: Rectangle[]): WindowState {
  const parsed = savedState.safeParse(saved);
  if (!parsed.success) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const { bounds, maximized } = parsed.data;
  const size = {
    width: Math.max(bounds.width, MIN_WINDOW_SIZE.width),
    height: Math.max(bounds.height, MIN_WINDOW_SIZE.height),
  };
  const titleBar = { x: bounds.x, y: bounds.y, width: size.width, height: GRAB_HEIGHT };
  const visible = workAreas.some((area) => {
    const overlap = intersect(titleBar, area);
    return overlap.width >= Math.min(GRAB_WIDTH, size.width) && overlap.height >= GRAB_HEIGHT;
  });
  return { bounds: visible ? { x: bounds.x, y: bounds.y, ...size } : size, maximized };
}

function intersect(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The saved state, or undefined when there is none or it cannot be read. */
export function loadWindowState(userDataDir: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.join(userDataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Writes through a temporary file and a rename, so a power cut while closing leaves either
 * the old state or the new one, never half a file.
 */
export function saveWindowState(userDataDir: string, state: { bounds: Rectangle; maximized: boolean }): void {
  const file = path.join(userDataDir, WINDOW_STATE_FILE);
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state));
  fs.renameSync(`${file}.tmp`, file);
}
