/**
 * A chart as a PNG: every chart of the dashboard is one SVG (recharts, or our own for the
 * matrix), serialised with its size and a white background, drawn onto a canvas at twice the
 * screen resolution (sharp when printed) and encoded. No network and no extra library.
 */
const SCALE = 2;
const FONT = '-apple-system, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';

/** The largest SVG inside `container`: the chart itself, not a legend icon. */
function chartSvg(container: HTMLElement): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of container.querySelectorAll('svg')) {
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > area) {
      area = width * height;
      best = svg;
    }
  }
  return best;
}

export async function chartPng(container: HTMLElement): Promise<Uint8Array> {
  const svg = chartSvg(container);
  if (!svg) throw new Error('no chart to export');
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', FONT);
  const xml = new XMLSerializer().serializeToString(copy);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil(height * SCALE);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(SCALE, SCALE);
  ctx.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}
