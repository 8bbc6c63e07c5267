/**
 * An SVG made into a PNG by the browser itself: the SVG is drawn as an image of this page (a blob,
 * nothing fetched) on a canvas, on white, at `width` pixels across, and the canvas encoded as PNG.
 * The graphic's SVG has no script, no link and nothing it loads, so the canvas stays exportable.
 */

/** The SVG's own size, from its viewBox. */
function sizeOf(svg: string): { width: number; height: number } {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Number(box?.[1]);
  const height = Number(box?.[2]);
  if (!(width > 0 && height > 0)) throw new Error("图片没有尺寸");
  return { width, height };
}

export async function svgToPng(svg: string, width: number): Promise<Uint8Array> {
  const size = sizeOf(svg);
  const scale = width / size.width;
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("浏览器不能绘制图片");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, "image/png"));
    if (!blob) throw new Error("浏览器未能生成 PNG 图片");
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
