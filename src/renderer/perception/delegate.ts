import type { Delegate, DelegateChoice, WebGlProbe } from './types';

/**
 * Software rasterizers Chromium falls back to without a GPU. MediaPipe's GPU delegate on one of
 * these is a slower CPU path (measured in test/integration/mediapipe), so 'auto' picks CPU there.
 */
const SOFTWARE_RENDERERS = ['swiftshader', 'llvmpipe', 'softpipe', 'software'] as const;

function probeCanvas(): OffscreenCanvas | HTMLCanvasElement | null {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1);
  if (typeof document !== 'undefined') return document.createElement('canvas');
  return null;
}

/** Which WebGL2 implementation this thread gets (works in a Worker through OffscreenCanvas). */
export function probeWebGl(): WebGlProbe {
  const canvas = probeCanvas();
  const gl = canvas?.getContext('webgl2') as WebGL2RenderingContext | null | undefined;
  if (!gl) return { webgl2: false, renderer: 'none', software: true };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  const lower = renderer.toLowerCase();
  return { webgl2: true, renderer, software: SOFTWARE_RENDERERS.some((s) => lower.includes(s)) };
}

export function resolveDelegate(choice: DelegateChoice, probe: WebGlProbe): Delegate {
  if (choice !== 'auto') return choice;
  return probe.webgl2 && !probe.software ? 'GPU' : 'CPU';
}
