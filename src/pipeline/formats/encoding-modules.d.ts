// html-encoding-sniffer ships no types; only what the HTML reader calls is declared.
declare module 'html-encoding-sniffer' {
  export default function sniffHtmlEncoding(bytes: Uint8Array, options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string }): string;
}
