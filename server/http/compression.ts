/** How the server compresses, written once: for the compressed cache and for @fastify/compress (everything else). */
export const COMPRESSION = {
  /** Brotli first, then gzip, as the client accepts them. */
  encodings: ['br', 'gzip'],
  /** Bodies smaller than this are sent as they are: compressing them saves less than its headers cost. */
  thresholdBytes: 1024,
  /** Quality 11 (the default) costs tens of ms per article; 5 keeps most of the gain. */
  brotliQuality: 5,
  gzipLevel: 6,
} as const
