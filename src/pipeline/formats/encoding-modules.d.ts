// The two WHATWG encoding packages ship no types; only what the HTML reader calls is declared.
declare module 'html-encoding-sniffer' {
  export default function sniffHtmlEncoding(bytes: Uint8Array, options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string }): string;
}
declare module 'whatwg-encoding' {
  const whatwgEncoding: {
    getBOMEncoding(bytes: Uint8Array): string | null;
  };
  export default whatwgEncoding;
}
