/**
 * The one conversation screen: signer on one side, speaker on the other, the shared transcript
 * between them, settings in a dialog. Settings are applied to the page whenever main reports them.
 * What only whoever sets the machine up needs (engine status, frame rates) carries the
 * `diagnostic` class and shows only with Settings → Diagnostics (styles.css).
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
  const transcript = transcriptView(api);
  const connection = h(
    'span',
    { class: 'connection', role: 'status' },
    conn.mode === 'electron' ? '' : 'Connecting…',
  );
  const engines = h('span', { class: 'engines diagnostic' });

  const apply = (s: Settings) => {
    settings = s;
    const html = document.documentElement;
    html.classList.toggle('high-contrast', s.highContrast);
    html.classList.toggle('diagnostics', s.diagnostics);
    html.dataset.captionSize = s.captionSize;
    signer.applySettings(s);
    speaker.applySettings(s);
    dialog.applySettings(s);
    // The new size re-flows the transcript: the newest turn stays in view if it was.
    transcript.keepFollowing();
  };
  const showInfo = (info: AppInfo) => {
    const ready = info.engines.filter((e) => e.available).map((e) => e.engine);
    engines.textContent = `Diagnostics · running: ${ready.join(', ') || 'nothing yet'}`;
    engines.title = info.engines.map((e) => `${e.engine}: ${e.detail}`).join('\n');
  };

  const settingsBtn = h(
    'button',
    {
      type: 'button',
      class: 'settings-button',
      'aria-haspopup': 'dialog',
      'aria-keyshortcuts': 'Control+Comma',
    },
    'Settings',
  );
  settingsBtn.addEventListener('click', () => void dialog.open());
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey && ev.key === ',') {
      ev.preventDefault();
      void dialog.open();
    }
  });

  // The skip link is the header's first item, so when it shows (on focus) it takes its own place
  // in the row instead of covering the title and the connection status.
  const skip = h('a', { class: 'skip', href: '#message' }, 'Skip to message box');
  skip.addEventListener('click', (ev) => {
    ev.preventDefault();
    document.getElementById('message')?.focus();
  });
  root.replaceChildren(
    h(
      'header',
      { class: 'app-header' },
      skip,
      h('h1', {}, 'SignBridge'),
      connection,
      engines,
      settingsBtn,
    ),
    h('main', { class: 'conversation' }, signer.element, transcript.element, speaker.element),
    noticeRegion(),
    dialog.element,
  );

  api.on('settings.changed', apply);
  api.on('transcript.session', () => {
    signer.clear();
    speaker.clear();
  });
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
