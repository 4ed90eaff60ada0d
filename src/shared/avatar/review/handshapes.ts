/** Handshapes the review page can show. */
export const HANDSHAPES = ['flat', 'fist', 'index', 'thumbUp', 'spread'] as const;
export type Handshape = (typeof HANDSHAPES)[number];
