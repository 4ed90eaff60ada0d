/**
 * Settings in a modal dialog (native <dialog>: focus is trapped and Escape closes it). Each
 * control saves on change through main, which validates and persists; the page re-applies the
 * result, so what the user sees is what was stored. Labels are plain words (a screen reader reads
 * "→" as "rightwards arrow"); technical detail shows only with Diagnostics on.
 */
import type { SignBridgeApi } from '../../shared/ipc/api';
import type { AppInfo } from '../../shared/ipc/channels/app';
import type { PackReport } from '../../shared/modelpack/report';
import {
  CAPTION_SIZES,
  DEVICES,
  SPEECH_OUTPUTS,
  TRANSCRIPT_RETENTIONS,
} from '../../shared/settings/schema';
import type { Settings, SettingsPatch } from '../../shared/settings/schema';
import { chooseSltPack } from '../../shared/settings/slt-pack';
import { listCameras } from '../camera/camera';
import { h } from './dom';
import { notify } from './notice';
import { speedControl } from './speed-control';
import type { SpeedControl } from './speed-control';

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
const CAPTION_SIZE_LABEL = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  'x-large': 'Extra large',
} as const;
const RETENTION_LABEL = {
  none: 'No: delete it when a new one starts',
  '30-days': 'For 30 days',
  all: 'Always',
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
  /** Shows settings main reported while the dialog is open (the player moved the speed). */
  applySettings(s: Settings): void;
}

export function settingsDialog(api: SignBridgeApi, current: () => Settings): SettingsDialog {
  const dialog = h('dialog', { id: 'settings', 'aria-labelledby': 'settings-title' });
  let speed: SpeedControl | undefined;
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
    const sltOptions = packOptions('slt');
    const signPack = select(
      sltOptions.length ? sltOptions : [[s.signPack, 'None installed yet']],
      chooseSltPack(
        s.signPack,
        sltOptions.map(([id]) => id),
      ) ?? s.signPack,
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
    // Which execution providers run, and why one fell back: for whoever sets the machine up.
    const inference = !s.diagnostics
      ? undefined
      : info
        ? `In use: ${info.inference.providers.join(' + ') || 'none'}${info.inference.fallbackReason ? ` — ${info.inference.fallbackReason}` : ''}`
        : 'Inference status unavailable';
    const avatar = h('input', {
      type: 'text',
      value: s.avatarPath,
      placeholder: 'Default avatar',
      spellcheck: 'false',
    });
    avatar.onchange = () => void save({ avatarPath: avatar.value.trim() });
    speed = speedControl(api, 'set-speed', s.signingSpeed);
    const caption = select(
      CAPTION_SIZES.map((c) => [c, CAPTION_SIZE_LABEL[c]] as const),
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
    const retention = select(
      TRANSCRIPT_RETENTIONS.map((r) => [r, RETENTION_LABEL[r]] as const),
      s.transcriptRetention,
    );
    retention.onchange = () =>
      void save({ transcriptRetention: retention.value as Settings['transcriptRetention'] });
    const diagnostics = h('input', { type: 'checkbox', checked: s.diagnostics });
    diagnostics.onchange = async () => {
      await save({ diagnostics: diagnostics.checked });
      // The compute-device detail depends on it: show or hide it now, keeping focus here.
      await render();
      document.getElementById('set-diagnostics')?.focus();
    };

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
          field('set-signpack', 'Sign language to text', signPack),
          field('set-speakpack', 'Text to sign language', speakPack),
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
            h('div', { class: 'range-with-value' }, speed.input, speed.output),
          ),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Display and speech'),
          field('set-caption', 'Caption size', caption),
          field('set-contrast', 'High contrast', contrast),
          field('set-speech', 'Read captions and replies aloud', speech),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Conversations'),
          field(
            'set-retention',
            'Keep earlier conversations',
            retention,
            'Kept on this computer only. The conversation in progress is always saved.',
          ),
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, 'Diagnostics'),
          field(
            'set-diagnostics',
            'Show diagnostics',
            diagnostics,
            'Engine status, frame rates and delays, for whoever sets up this computer.',
          ),
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
    applySettings(s) {
      if (dialog.open) speed?.set(s.signingSpeed);
    },
  };
}
