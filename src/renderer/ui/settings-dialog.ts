/**
 * Settings in a modal dialog (native <dialog>: focus is trapped and Escape closes it). Each
 * control saves on change through main, which validates and persists; the page re-applies the
 * result, so what the user sees is what was stored.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { AppInfo } from '../../shared/ipc/channels/app';
import type { PackReport } from '../../shared/modelpack/report';
import {
  CAPTION_SIZES,
  DEVICES,
  MAX_SIGNING_SPEED,
  MIN_SIGNING_SPEED,
  SPEECH_OUTPUTS,
} from '../../shared/settings/schema';
import type { Settings, SettingsPatch } from '../../shared/settings/schema';
import { listCameras } from '../camera/camera';
import { h } from './dom';
import { notify } from './notice';

const RESOLUTIONS = [
  [640, 480],
  [1280, 720],
  [1920, 1080],
] as const;
const FRAME_RATES = [15, 24, 30, 60] as const;
const DEVICE_LABEL = {
  auto: 'Automatic',
  cuda: 'NVIDIA GPU (CUDA)',
  dml: 'GPU (DirectML, Windows)',
  cpu: 'CPU',
} as const;

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  control.id = id;
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { id: `${id}-hint`, class: 'hint' }, hint) : null,
  );
}

function select(options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  const el = h('select', {}, ...options.map(([v, text]) => h('option', { value: v }, text)));
  el.value = value;
  return el;
}

export interface SettingsDialog {
  readonly element: HTMLDialogElement;
  open(): Promise<void>;
}

export function settingsDialog(api: SignBridgeApi, current: () => Settings): SettingsDialog {
  const dialog = h('dialog', { id: 'settings', 'aria-labelledby': 'settings-title' });
  const save = async (patch: SettingsPatch) => {
    const r = await api.invoke('settings.update', patch);
    if (!r.ok) notify(`Setting not saved: ${r.error.message}`, 'error');
  };

  const render = async () => {
    const s = current();
    const [cams, packsR, infoR] = await Promise.all([
      listCameras().catch(() => []),
      api.invoke('packs.list', {}),
      api.invoke('app.info', {}),
    ]);
    const packs: PackReport[] = packsR.ok ? packsR.value.packs : [];
    const info: AppInfo | undefined = infoR.ok ? infoR.value : undefined;
    const packOptions = (cap: 'slt' | 'slp') =>
      packs
        .filter(
          (p) =>
            p.ok && (p.capabilities ?? []).some((c) => c === cap || (cap === 'slp' && c === 't2g')),
        )
        .map(
          (p) =>
            [
              p.id,
              `${p.name ?? p.id} (${p.signLanguage ?? '?'})${p.commercialUse === false ? ' · non-commercial' : ''}`,
            ] as const,
        );

    const camera = select(
      [['', 'System default'], ...cams.map((c) => [c.deviceId, c.label] as const)],
      s.cameraId,
    );
    camera.onchange = () => void save({ cameraId: camera.value });
    const res = select(
      RESOLUTIONS.map(([w, ht]) => [`${w}x${ht}`, `${w} × ${ht}`] as const),
      `${s.cameraWidth}x${s.cameraHeight}`,
    );
    res.onchange = () => {
      const [w, ht] = res.value.split('x').map(Number);
      void save({ cameraWidth: w, cameraHeight: ht });
    };
    const fps = select(
      FRAME_RATES.map((f) => [String(f), `${f} fps`] as const),
      String(s.cameraFps),
    );
    fps.onchange = () => void save({ cameraFps: Number(fps.value) });
    const overlay = h('input', { type: 'checkbox', checked: s.landmarkOverlay });
    overlay.onchange = () => void save({ landmarkOverlay: overlay.checked });
    const signPack = select(
      packOptions('slt').length
        ? packOptions('slt')
        : [[s.signPack, 'No sign → text pack is installed yet']],
      s.signPack,
    );
    signPack.onchange = () => void save({ signPack: signPack.value });
    const speakPack = select(
      packOptions('slp').length
        ? packOptions('slp')
        : [[s.speakPack, `${s.speakPack} (not installed or damaged)`]],
      s.speakPack,
    );
    speakPack.onchange = () => void save({ speakPack: speakPack.value });
    const device = select(
      DEVICES.map((d) => [d, DEVICE_LABEL[d]] as const),
      s.device,
    );
    device.onchange = () => void save({ device: device.value as Settings['device'] });
    const inference = info
      ? `In use: ${info.inference.providers.join(' + ') || 'none'}${info.inference.fallbackReason ? ` — ${info.inference.fallbackReason}` : ''}`
      : 'Inference status unavailable';
    const avatar = h('input', {
      type: 'text',
      value: s.avatarPath,
      placeholder: 'Default avatar',
      spellcheck: 'false',
    });
    avatar.onchange = () => void save({ avatarPath: avatar.value.trim() });
    const speed = h('input', {
      type: 'range',
      min: MIN_SIGNING_SPEED,
      max: MAX_SIGNING_SPEED,
      step: 0.25,
      value: s.signingSpeed,
    });
    const speedOut = h('output', {}, `${s.signingSpeed}×`);
    speed.oninput = () => (speedOut.textContent = `${speed.value}×`);
    speed.onchange = () => void save({ signingSpeed: Number(speed.value) });
    const caption = select(
      CAPTION_SIZES.map((c) => [c, c.replace('-', ' ')] as const),
      s.captionSize,
    );
    caption.onchange = () => void save({ captionSize: caption.value as Settings['captionSize'] });
    const contrast = h('input', { type: 'checkbox', checked: s.highContrast });
    contrast.onchange = () => void save({ highContrast: contrast.checked });
    const speech = select(
      SPEECH_OUTPUTS.map(
        (o) => [o, { off: 'Off', system: 'System voice', espeak: 'eSpeak NG' }[o]] as const,
      ),
      s.speechOutput,
    );
    speech.onchange = () => void save({ speechOutput: speech.value as Settings['speechOutput'] });

    dialog.replaceChildren(
      h('h2', { id: 'settings-title' }, 'Settings'),
      h(
        'form',
        { method: 'dialog', class: 'settings-form' },
        h(
          'fieldset',
          {},
          h('legend', {}, 'Camera'),
          field('set-camera', 'Camera', camera),
          field('set-res', 'Resolution', res),
          field('set-fps', 'Frame rate', fps),
          field('set-overlay', 'Show landmark overlay', overlay),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Sign language'),
          field('set-signpack', 'Sign → text pack', signPack),
          field('set-speakpack', 'Text → sign pack', speakPack),
          field('set-device', 'Compute device', device, inference),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Avatar'),
          field(
            'set-avatar',
            'Avatar file (.vrm)',
            avatar,
            'Full path of a VRM 0.x or 1.0 file; empty for the default avatar.',
          ),
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'set-speed' }, 'Signing speed'),
            Object.assign(speed, { id: 'set-speed' }),
            speedOut,
          ),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Display and speech'),
          field('set-caption', 'Caption size', caption),
          field('set-contrast', 'High contrast', contrast),
          field('set-speech', "Speak the signer's captions and replies", speech),
        ),
        h('div', { class: 'toolbar' }, h('button', { value: 'close', class: 'primary' }, 'Close')),
      ),
    );
  };

  return {
    element: dialog,
    async open() {
      await render();
      dialog.showModal();
    },
  };
}
