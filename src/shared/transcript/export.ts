import { isUnsure, percent } from './confidence';
import type { EntrySource, TranscriptEntry } from './entry';

export const EXPORT_FORMATS = ['txt', 'srt', 'vtt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Cue length used when an entry has no measured duration: long enough to read a short line. */
const DEFAULT_CUE_MS = 2500;
const MIN_CUE_MS = 800;

const SIDE_LABEL: Record<TranscriptEntry['side'], string> = {
  signer: 'Signer',
  speaker: 'Speaker',
  system: 'System',
};

const SOURCE_LABEL: Record<EntrySource, string> = {
  typed: 'typed',
  'quick-reply': 'quick reply',
  sign: 'signed',
  speech: 'spoken',
};

/**
 * `Signer (quick reply)`, `Signer (signed, unsure 42%)`: the plain-text export says how each line
 * came about, so a reader can tell the signer's own words from a model's guess. Entries from
 * before `source` existed keep the bare side label.
 */
export function entryLabel(e: TranscriptEntry): string {
  const notes: string[] = [];
  if (e.source !== undefined) notes.push(SOURCE_LABEL[e.source]);
  if (e.confidence !== undefined && isUnsure(e.confidence))
    notes.push(`unsure ${percent(e.confidence)}`);
  if (e.interrupted === true) notes.push('cut off');
  const side = SIDE_LABEL[e.side];
  return notes.length > 0 ? `${side} (${notes.join(', ')})` : side;
}

function pad(n: number, width: number): string {
  return String(Math.floor(n)).padStart(width, '0');
}

/** `HH:MM:SS<sep>mmm` from milliseconds since the start of the transcript. */
export function formatTimestamp(ms: number, sep: ',' | '.'): string {
  const total = Math.max(0, Math.round(ms));
  const h = total / 3_600_000;
  const m = (total % 3_600_000) / 60_000;
  const s = (total % 60_000) / 1000;
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${sep}${pad(total % 1000, 3)}`;
}

function isoClock(t: number): string {
  return new Date(t)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

interface Cue {
  start: number;
  end: number;
  label: string;
  text: string;
}

/** Cues relative to the first entry; a cue ends before the next one starts so players never overlap them. */
function cues(entries: readonly TranscriptEntry[]): Cue[] {
  const sorted = [...entries].sort((a, b) => a.t - b.t);
  const origin = sorted[0]?.t ?? 0;
  return sorted.map((e, i) => {
    const start = e.t - origin;
    const next = sorted[i + 1];
    let end = start + (e.durationMs > 0 ? e.durationMs : DEFAULT_CUE_MS);
    if (next !== undefined) end = Math.min(end, Math.max(next.t - origin, start + MIN_CUE_MS));
    return { start, end, label: SIDE_LABEL[e.side], text: cueText(e.text) };
  });
}

export function exportTranscript(
  entries: readonly TranscriptEntry[],
  format: ExportFormat,
): string {
  switch (format) {
    case 'txt':
      return [...entries]
        .sort((a, b) => a.t - b.t)
        .map((e) => `[${isoClock(e.t)}] ${entryLabel(e)}: ${oneLine(e.text)}`)
        .join('\n')
        .concat(entries.length > 0 ? '\n' : '');
    case 'srt':
      return cues(entries)
        .map(
          (c, i) =>
            `${i + 1}\n${formatTimestamp(c.start, ',')} --> ${formatTimestamp(c.end, ',')}\n${c.label}: ${c.text}\n`,
        )
        .join('\n');
    case 'vtt':
      return (
        'WEBVTT\n\n' +
        cues(entries)
          .map(
            (c) =>
              `${formatTimestamp(c.start, '.')} --> ${formatTimestamp(c.end, '.')}\n<v ${c.label}>${escapeVtt(c.text)}\n`,
          )
          .join('\n')
      );
  }
}

/** Line breaks of every kind (CR LF, CR, LF, NEL, LS, PS). */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** The cue timing arrow: a text line holding it would be read as the start of a new cue. */
const TIMING_ARROW = /-->/g;

/**
 * An entry's text as one cue line: a line break would end the cue early (a blank line) or start
 * a forged one (a number, then a timing line), so line breaks become spaces and `-->` an arrow
 * that no player reads as a timing (SRT has no escape for it; in VTT `>` is escaped anyway).
 */
function cueText(text: string): string {
  return oneLine(text).replace(TIMING_ARROW, '→');
}

/** One entry, one line (in the plain-text export too, where a break would forge an entry). */
function oneLine(text: string): string {
  return text.replace(LINE_BREAK, ' ');
}

function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
