/** Builders fill spec nodes field by field; the spec exposes them read-only. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
