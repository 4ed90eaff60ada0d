/**
 * The one conversation screen: signer on one side, speaker on the other, the shared transcript
 * between them, settings in a dialog. Settings are applied to the page whenever main reports them.
 */
import type { AppInfo } from '../../shared/ipc/channels/app';
import type { Settings } from '../../shared/settings/schema';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { Connection } from '../bridge';
import { h } from './dom';
import { speakSignerCaptions } from '../speech/speak-captions';
import { noticeRegion, notify } from './notice';
import { settingsDialog } from './settings-dialog';
import { signerPanel } from './signer-panel';
import { speakerPanel } from './speaker-panel';
import { transcriptView } from './transcript-view';

export async function mountApp(root: HTMLElement, conn: Connection): Promise<void> {
  const { api } = conn;
  let settings: Settings = DEFAULT_SETTINGS;
  const signer = signerPanel(api, conn.frames, () => settings);
  const speaker = speakerPanel(api);
  const dialog = settingsDialog(api, () => settings);
  const connection = h(
    'span',
    { class: 'connection', role: 'status' },
    conn.mode === 'electron' ? '' : 'Connecting…',
  );
  const engines = h('span', { class: 'engines' });

  const apply = (s: Settings) => {
    settings = s;
    const html = document.documentElement;
    html.classList.toggle('high-contrast', s.highContrast);
    html.dataset.captionSize = s.captionSize;
    signer.applySettings(s);
    speaker.applySettings(s);
  };
  const showInfo = (info: AppInfo) => {
    const ready = info.engines.filter((e) => e.available).map((e) => e.engine);
    engines.textContent = `Engines ready: ${ready.join(', ') || 'none yet'}`;
    engines.title = info.engines.map((e) => `${e.engine}: ${e.detail}`).join('\n');
  };

  const settingsBtn = h(
    'button',
    { type: 'button', 'aria-haspopup': 'dialog', 'aria-keyshortcuts': 'Control+Comma' },
    'Settings',
  );
  settingsBtn.addEventListener('click', () => void dialog.open());
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey && ev.key === ',') {
      ev.preventDefault();
      void dialog.open();
    }
  });

  root.replaceChildren(
    h('a', { class: 'skip', href: '#message' }, 'Skip to message box'),
    h(
      'header',
      { class: 'app-header' },
      h('h1', {}, 'SignBridge'),
      connection,
      engines,
      settingsBtn,
    ),
    h('main', { class: 'conversation' }, signer.element, transcriptView(api), speaker.element),
    noticeRegion(),
    dialog.element,
  );

  api.on('settings.changed', apply);
  speakSignerCaptions(api, () => settings);
  api.on('engines.changed', (list) => showInfo({ engines: list } as AppInfo));
  conn.onState((s) => {
    connection.textContent = {
      connecting: 'Connecting…',
      open: 'Connected',
      closed: 'Disconnected: reconnecting…',
    }[s];
    connection.dataset.state = s;
    if (s === 'open') void refresh();
  });

  const refresh = async () => {
    const [s, info] = await Promise.all([
      api.invoke('settings.get', {}),
      api.invoke('app.info', {}),
    ]);
    if (s.ok) apply(s.value);
    else notify(`Could not load settings: ${s.error.message}`, 'error');
    if (info.ok) showInfo(info.value);
    await signer.refreshPacks();
  };
  await refresh();
}
