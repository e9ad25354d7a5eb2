/**
 * Operator PINs are never stored: only a salted PBKDF2-SHA256 hash (WebCrypto, present in
 * Chromium, Electron and Node). Iterations keep a stolen database from yielding PINs by brute
 * force in seconds while unlocking stays well under a second on a station PC.
 */
const ITERATIONS = 120_000;

export const PIN_PATTERN = /^\d{4,8}$/;

function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS }, key, 256);
  return toHex(bits);
}

export async function hashPin(pin: string): Promise<{ pinHash: string; pinSalt: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { pinHash: await derive(pin, salt), pinSalt: toHex(salt) };
}

export async function verifyPin(pin: string, stored: { pinHash: string; pinSalt: string }): Promise<boolean> {
  const hash = await derive(pin, fromHex(stored.pinSalt));
  // Compare every character so timing does not reveal how much matched.
  let diff = hash.length ^ stored.pinHash.length;
  for (let i = 0; i < hash.length; i++) diff |= hash.charCodeAt(i) ^ (stored.pinHash.charCodeAt(i) || 0);
  return diff === 0;
}
