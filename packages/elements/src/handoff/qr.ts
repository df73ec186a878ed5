// QR code of the reopen link, drawn in the browser. The library loads only when a code is asked for.

/** An SVG drawing of `text`, or undefined when it is too long for a QR code. */
export async function qrSvg(text: string): Promise<string | undefined> {
  const { renderSVG } = await import('uqr');
  try {
    return renderSVG(text, { ecc: 'L', border: 2, pixelSize: 4 });
  } catch {
    return undefined;
  }
}
