/** Colour scales of the heat map and the matrix: heat for volumes, red → green for rates. */
export function heatColour(v: number): string {
  const x = Math.max(0, Math.min(1, v));
  return `hsl(${Math.round(48 - 48 * x)}, 90%, ${Math.round(90 - 45 * x)}%)`;
}

export function rateColour(v: number): string {
  const x = Math.max(0, Math.min(1, v));
  return `hsl(${Math.round(120 * x)}, 65%, ${Math.round(72 - 22 * x)}%)`;
}

export const PALETTE = ['#1677ff', '#52c41a', '#faad14', '#eb2f96', '#13c2c2', '#722ed1', '#fa541c', '#2f54eb', '#a0d911', '#8c8c8c'];
