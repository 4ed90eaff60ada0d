/**
 * The signer's side: camera preview with the landmark overlay, live captions, and the reply box,
 * so the signer can always answer in writing. The numbers that say whether perception keeps up
 * (fps, per-frame latency, drops, which landmarker runs) show only with Settings → Diagnostics.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { PackReport } from '../../shared/modelpack/report';
import type { Settings } from '../../shared/settings/schema';
import { CameraError, openCamera, stopStream } from '../camera/camera';
import type { FrameSink } from '../frames/frame-sink';
import { captionView } from './caption-view';
import { h } from './dom';
import { notify } from './notice';
import type { PerceptionLoop } from './perception-loop';
import { startPerception } from './perception-loop';
import { replyBox } from './reply-box';

export interface SignerPanel {
  readonly element: HTMLElement;
  applySettings(s: Settings): void;
  /** Re-reads which packs are installed: the caption view's "not available" note depends on it. */
  refreshPacks(): Promise<void>;
  /** Clears captions and the reply box (a new conversation). */
  clear(): void;
}

/** Whether any verified pack can translate sign → text. */
export function hasSltPack(packs: readonly PackReport[]): boolean {
  return packs.some((p) => p.ok && (p.capabilities ?? []).includes('slt'));
}

export function signerPanel(
  api: SignBridgeApi,
  frames: FrameSink,
  getSettings: () => Settings,
): SignerPanel {
  const video = h('video', {
    class: 'camera-video',
    autoplay: true,
    muted: true,
    playsinline: true,
    'aria-label': 'Camera preview',
  });
  const overlay = h('canvas', { class: 'overlay', 'aria-hidden': 'true' });
  const message = h('p', { class: 'camera-message', role: 'alert' });
  const startBtn = h('button', { type: 'button', class: 'primary' }, 'Start camera');
  const stats = h('p', { class: 'stats diagnostic', 'aria-live': 'off' }, 'Camera off');
  const captions = captionView(api);
  const reply = replyBox(api, getSettings);
  let stream: MediaStream | undefined;
  let loop: PerceptionLoop | undefined;

  const stop = () => {
    loop?.stop();
    loop = undefined;
    stopStream(stream);
    stream = undefined;
    video.srcObject = null;
    startBtn.textContent = 'Start camera';
    stats.textContent = 'Camera off';
  };

  const start = async () => {
    const s = getSettings();
    message.textContent = '';
    startBtn.disabled = true;
    try {
      stream = await openCamera({
        deviceId: s.cameraId,
        width: s.cameraWidth,
        height: s.cameraHeight,
        fps: s.cameraFps,
      });
      video.srcObject = stream;
      await video.play();
      startBtn.textContent = 'Stop camera';
      loop = startPerception({
        api,
        video,
        overlay,
        frames,
        stats,
        overlayEnabled: () => getSettings().landmarkOverlay,
        diagnostics: () => getSettings().diagnostics,
      });
    } catch (e) {
      stop();
      const text =
        e instanceof CameraError ? e.message : `The camera could not start: ${String(e)}`;
      message.textContent = text;
      startBtn.textContent = 'Retry camera';
      notify(text, 'error');
    } finally {
      startBtn.disabled = false;
    }
  };
  startBtn.addEventListener('click', () => (stream ? stop() : void start()));

  const element = h(
    'section',
    { class: 'panel signer', 'aria-labelledby': 'signer-title' },
    h('h2', { id: 'signer-title' }, 'Signer'),
    h('div', { class: 'camera' }, video, overlay, message),
    h('div', { class: 'toolbar' }, startBtn, stats),
    captions.element,
    reply.element,
  );
  return {
    element,
    applySettings(s) {
      overlay.hidden = !s.landmarkOverlay;
    },
    async refreshPacks() {
      const r = await api.invoke('packs.list', {});
      // Unknown is treated as absent: the note then says why captions are missing.
      captions.setSltInstalled(r.ok && hasSltPack(r.value.packs));
    },
    clear() {
      captions.clear();
      reply.clear();
    },
  };
}
