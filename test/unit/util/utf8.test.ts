import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGltfJson } from '../../../src/shared/avatar/glb';
import type { Manifest } from '../../../src/shared/modelpack/manifest';
import { ProtoError, ProtoReader, ProtoWriter } from '../../../src/shared/onnx/protobuf';
import { encodePose } from '../../../src/shared/pose-format';
import { parseSigml } from '../../../src/shared/sigml';
import {
  decodeEmbeddingFile,
  encodeEmbeddingFile,
} from '../../../src/shared/text/retrieval/embedding-file';
import { decodeUtf8, encodeUtf8, findInvalidUtf8 } from '../../../src/shared/util/utf8';
import { loadSignLexicon } from '../../../src/workers/slp/lexicon/load-lexicon';
import { tinyPose, TINY_COMPONENT } from '../pose-format/helpers';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
/** "été" as Latin-1, the usual way a user's file is not UTF-8. */
const LATIN1_ETE = [0xe9, 0x74, 0xe9];

describe('the UTF-8 codec', () => {
  it('finds the first malformed sequence, in bytes and in decoded characters', () => {
    // 'a', 'é' (2 bytes), then E2 82 cut short by 'A'.
    const bytes = Uint8Array.from([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0x41]);
    expect(findInvalidUtf8(bytes)).toEqual({ byteOffset: 3, charOffset: 2 });
    expect(findInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toEqual({
      byteOffset: 0,
      charOffset: 0,
    }); // an encoded surrogate
    expect(findInvalidUtf8(Uint8Array.from([0xc0, 0x80]))).toBeDefined(); // overlong NUL
    expect(findInvalidUtf8(encodeUtf8('Hände ✋ 😀'))).toBeUndefined();
  });

  it('refuses bad bytes naming what they are and where', () => {
    expect(() => decodeUtf8(Uint8Array.from([0x61, ...LATIN1_ETE]), 'words.txt')).toThrow(
      'words.txt is not valid UTF-8: malformed byte sequence at byte 1 of 4',
    );
  });

  it('keeps a leading BOM, so what is read writes back the same bytes', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), 'x')).toBe('\uFEFFa');
  });

  it('refuses a lone surrogate instead of writing U+FFFD', () => {
    expect(() => encodeUtf8('ab\uD800c', 'name')).toThrow(
      /name "ab\\ud800c" has a lone UTF-16 surrogate U\+D800 at index 2/,
    );
    expect(encodeUtf8('😀')).toEqual(Uint8Array.from([0xf0, 0x9f, 0x98, 0x80]));
  });
});

describe('readers that used to turn bad bytes into other characters without a word', () => {
  it("a user's VRM/glTF JSON", () => {
    const json = Uint8Array.from([...ascii('{"name":"'), ...LATIN1_ETE, ...ascii('"}')]);
    expect(() => readGltfJson(json, 'my-avatar.vrm')).toThrow(
      'my-avatar.vrm is not valid UTF-8: malformed byte sequence at byte 9',
    );
  });

  it('the embedding file word list', () => {
    const file = encodeEmbeddingFile({
      words: ['abc'],
      dims: 1,
      vectors: Int8Array.from([1]),
      invNorms: Float32Array.from([1]),
    });
    file.set(LATIN1_ETE, file.length - 3);
    expect(() => decodeEmbeddingFile(file, 'glove.emb')).toThrow(
      'glove.emb: word list is not valid UTF-8',
    );
  });

  it('an ONNX (protobuf) string field', () => {
    const bytes = new ProtoWriter().bytes(1, Uint8Array.from(LATIN1_ETE)).finish();
    const r = new ProtoReader(bytes);
    r.tag();
    expect(() => r.string()).toThrow(ProtoError);
    expect(() => new ProtoReader(bytes, 1).string()).toThrow(
      'string field is not valid UTF-8 (protobuf strings must be) at byte 2',
    );
  });

  it('a SiGML file: a diagnostic at the place, not a silent U+FFFD', () => {
    const doc = Uint8Array.from([
      ...ascii('<sigml>\n  <hns_sign gloss="caf'),
      0xe9,
      ...ascii('"><hamnosys_manual><hamfist/></hamnosys_manual></hns_sign>\n</sigml>\n'),
    ]);
    const r = parseSigml(doc);
    expect(r.signs[0]?.understood).toBe(false);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'xml-syntax',
        line: 2,
        column: 23,
        message: expect.stringMatching(/byte 0xE9 at byte 30 is not valid UTF-8/),
      }),
    );
  });

  it('a SiGML file of a user pack: the problem names the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'utf8-pack-'));
    try {
      fs.mkdirSync(path.join(dir, 'lexicon'));
      fs.writeFileSync(
        path.join(dir, 'lexicon', 'a.sigml'),
        Uint8Array.from([
          ...ascii('<sigml><hns_sign gloss="caf'),
          0xe9,
          ...ascii('"><hamnosys_manual><hamfist/></hamnosys_manual></hns_sign></sigml>'),
        ]),
      );
      const manifest = {
        id: 'user',
        files: [{ path: 'lexicon/a.sigml', role: 'lexicon' }],
      } as unknown as Manifest;
      const { problems } = loadSignLexicon({ dir, manifest });
      expect(problems.join('\n')).toMatch(/lexicon\/a\.sigml: sign .* left out: .*not valid UTF-8/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the .pose writer', () => {
  it('still refuses a lone surrogate that its own reader would reject', () => {
    const pose = tinyPose();
    const named = {
      ...pose,
      header: { ...pose.header, components: [{ ...TINY_COMPONENT, name: 'H\uDC00' }] },
    };
    expect(() => encodePose(named)).toThrow(/lone UTF-16 surrogate U\+DC00/);
  });
});
